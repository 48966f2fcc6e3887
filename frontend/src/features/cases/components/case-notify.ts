import { notifications } from '@mantine/notifications';

/** A short message after a change (its close button is named by the theme, see app-providers). */
export function notify(message: string, color: 'teal' | 'red' = 'teal'): void {
  notifications.show({ color, message });
}
