import { Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { usePageTitle } from '@/hooks/use-page-title';

type PageProps = { title: string; description?: string; children: ReactNode };

/** A screen in the staff app: one h1 that also names the browser tab. */
export function Page({ title, description, children }: PageProps) {
  usePageTitle(title);
  return (
    <Stack gap="md">
      <div>
        <Title order={1} size="h2">
          {title}
        </Title>
        {description ? <Text c="dimmed">{description}</Text> : null}
      </div>
      {children}
    </Stack>
  );
}
