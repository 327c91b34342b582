// Masks personal contact data wherever the tool shows a row to a person (inspect, explain, review).

/** "kim.minjun@gmail.com" → "k…@gmail.com" */
export function maskEmail(email: string): string {
  if (!email) return '';
  const at = email.lastIndexOf('@');
  if (at <= 0) return '…';
  return `${email[0]}…${email.slice(at)}`;
}
