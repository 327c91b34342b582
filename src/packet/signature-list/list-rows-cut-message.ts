// listRowsCutMessage: the warning for signature-list cells too long to print whole (a name of thousands of characters).
import { msg, type Message } from '../../i18n/message.js';
import type { CutRows } from './list-types.js';
import { LIST_CELL_MAX_LINES } from './row-fit.js';

/** The rows cut to a few lines: how many, the first signature numbers, and that the data keeps the full text. */
export function listRowsCutMessage(cut: CutRows): Message {
  const more = cut.count - cut.first.length;
  return msg('packet.list-cells-cut', { count: cut.count, lines: LIST_CELL_MAX_LINES, numbers: cut.first.join(', '), more });
}
