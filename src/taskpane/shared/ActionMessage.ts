import type { MessageKey, MessageParams } from '../../core/i18n';

/** The outcome of something the user asked for, said in a catalog message. */
export interface ActionMessage {
  intent: 'success' | 'warning' | 'error';
  key: MessageKey;
  params?: MessageParams;
}
