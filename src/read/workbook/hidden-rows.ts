// Rows hidden in Excel (by hand or by a filter): an organizer hides a withdrawn or test signature this way, so the
// rows are read and counted, as a hidden sheet's are (no signer is lost), but the user hears which rows they are.
// exceljs does not keep a row's `hidden` attribute, so the row tags are watched as the sheet streams past.
import type { CellRewrite } from './sheet-cells.js';
import { RowNotice } from '../row-notice.js';
import { msg } from '../../i18n/message.js';
import type { Problem } from '../../types.js';

const ROW_NUMBER = /\sr="(\d+)"/;
const HIDDEN = /\shidden="(?:1|true)"/;

export class HiddenRows {
  private readonly hidden = new Set<number>();
  private readonly notice = new RowNotice();

  /** Watches each `<row>` tag for `hidden="1"` (LibreOffice writes `hidden="false"` on every row, which is not). */
  readonly watch: CellRewrite = {
    row: (tag) => {
      const number = ROW_NUMBER.exec(tag);
      if (number && HIDDEN.test(tag)) this.hidden.add(Number(number[1]));
      return tag;
    },
  };

  /** A row below the header has been read: noted when it is hidden. */
  read(row: number): void {
    if (this.hidden.has(row)) this.notice.note(row, row);
  }

  problems(source: string): Problem[] {
    return this.notice.problems(source, 'hidden_rows', (count, rows) => msg('read.hidden-rows', { count, rows }));
  }
}
