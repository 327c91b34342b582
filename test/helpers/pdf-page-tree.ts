// Edits the one page tree of a PDF pdfkit wrote, as `qpdf --pages` would, every page's own bytes untouched: pages
// taken out, repeated or moved, the tree's text kept at its length (no cross-reference offset moves).

/** The PDF with its pages in `order` (numbers from 1; a page may repeat, and fewer pages than there were is fine). */
export function withPagesInOrder(pdf: Buffer, order: readonly number[]): Buffer {
  const text = pdf.toString('latin1');
  const tree = /\/Type \/Pages\n\/Count (\d+)\n\/Kids \[([^\]]*)\]/u.exec(text);
  if (!tree) throw new Error('no single page tree');
  const kids = tree[2].match(/\d+ 0 R/gu) ?? [];
  const count = String(order.length).padEnd(tree[1].length, ' ');
  const listed = order.map((page) => kids[page - 1]).join(' ');
  if (count.length > tree[1].length || listed.length > tree[2].length) throw new Error('the new page tree is longer than the old one');
  const replaced = tree[0].replace(`/Count ${tree[1]}`, `/Count ${count}`).replace(tree[2], listed.padEnd(tree[2].length, ' '));
  return Buffer.from(text.slice(0, tree.index) + replaced + text.slice(tree.index + tree[0].length), 'latin1');
}

/** The PDF without page `page` (from 1). */
export function withoutPage(pdf: Buffer, page: number, pages: number): Buffer {
  return withPagesInOrder(pdf, Array.from({ length: pages }, (_, index) => index + 1).filter((kept) => kept !== page));
}
