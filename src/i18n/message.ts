// A message not yet put into words: a catalog key and its values. Deep code (readers, checks) returns or throws these;
// src/cli says them in the organizer's language, and the English text stays available for logs and tests.

export type MessageValue = string | number | Date;
export type MessageValues = Readonly<Record<string, MessageValue>>;

export interface Message {
  readonly key: string;
  readonly values: MessageValues;
}

export function msg(key: string, values: MessageValues = {}): Message {
  return { key, values };
}

export function isMessage(value: unknown): value is Message {
  return typeof value === 'object' && value !== null && typeof (value as Message).key === 'string' && typeof (value as Message).values === 'object';
}
