import { notifications } from '@mantine/notifications';
import i18next from 'i18next';

/**
 * A short message after a change. Its close button gets a name, which Mantine's notification does not give it
 * (axe: button-name).
 */
export function notify(message: string, color: 'teal' | 'red' = 'teal'): void {
  notifications.show({ color, message, closeButtonProps: { 'aria-label': i18next.t('common:actions.close') } });
}
