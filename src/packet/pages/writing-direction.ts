// Which side a language starts its lines on, so layouts can say "start" and "end" instead of left and right.

const RIGHT_TO_LEFT = new Set(['ar', 'he', 'fa', 'ur', 'yi', 'ps', 'sd', 'ug', 'dv', 'ckb']);

export function primaryLanguage(tag: string | undefined): string {
  return (tag ?? '').split(/[-_]/)[0].toLowerCase();
}

export function isRightToLeft(tag: string | undefined): boolean {
  return RIGHT_TO_LEFT.has(primaryLanguage(tag));
}

export interface LineSides {
  start: 'left' | 'right';
  end: 'left' | 'right';
}

export function lineSides(tag: string | undefined): LineSides {
  return isRightToLeft(tag) ? { start: 'right', end: 'left' } : { start: 'left', end: 'right' };
}
