// Reads a PDF from stdin with pdfjs and prints what poppler's pdftotext / pdfinfo would, so tests need no system tools.
// Usage: node pdf-extract.mjs text [firstPage lastPage] | pages | info | spans [firstPage lastPage]
// Run as a child process so that test helpers can stay synchronous (pdfjs itself is async).
import process from 'node:process';
import { Buffer } from 'node:buffer';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** Two items belong to one line when their baselines differ by less than this share of the font size. */
const SAME_LINE = 0.4;
/** A gap wider than this share of the font size separates two words. */
const WORD_GAP = 0.15;

async function readStdin() {
  const chunks = [];
  for await (const chunk of process.stdin) chunks.push(chunk);
  return new Uint8Array(Buffer.concat(chunks));
}

function fontSizeOf(item) {
  return Math.hypot(item.transform[2], item.transform[3]) || item.height || 1;
}

/** Rebuilds the lines of one page from positioned items: top to bottom, then left to right. */
function pageText(items) {
  const placed = items
    .filter((item) => 'str' in item && item.str !== '')
    .map((item) => ({ str: item.str, x: item.transform[4], y: item.transform[5], width: item.width, size: fontSizeOf(item) }))
    .sort((a, b) => b.y - a.y || a.x - b.x);
  const lines = [];
  for (const item of placed) {
    const line = lines[lines.length - 1];
    if (line && Math.abs(line.y - item.y) < SAME_LINE * Math.max(line.size, item.size)) {
      line.items.push(item);
      line.size = Math.max(line.size, item.size);
    } else {
      lines.push({ y: item.y, size: item.size, items: [item] });
    }
  }
  return lines.map((line) => joinLine(line.items.sort((a, b) => a.x - b.x))).filter((text) => text !== '');
}

function joinLine(items) {
  let text = '';
  let end = -Infinity;
  for (const item of items) {
    const gap = item.x - end;
    const spaced = text === '' || /\s$/u.test(text) || /^\s/u.test(item.str);
    if (!spaced && gap > WORD_GAP * item.size) text += ' ';
    text += item.str;
    end = Math.max(end, item.x + item.width);
  }
  return text.replace(/\s+/gu, ' ').trim();
}

/** A PDF date ("D:20261210010000Z") shown as "2026-12-10 01:00:00", enough to read the day and time. */
function pdfDate(raw) {
  const match = /^D:(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?/u.exec(raw ?? '');
  if (!match) return raw ?? '';
  const [, year, month = '01', day = '01', hour = '00', minute = '00', second = '00'] = match;
  return `${year}-${month}-${day} ${hour}:${minute}:${second}`;
}

async function main() {
  const [mode, first, last] = process.argv.slice(2);
  const document = await getDocument({ data: await readStdin(), useSystemFonts: false, isEvalSupported: false, verbosity: 0 }).promise;
  let output = '';
  if (mode === 'pages') {
    output = `${document.numPages}\n`;
  } else if (mode === 'info') {
    const { info } = await document.getMetadata();
    const [x0, y0, x1, y1] = (await document.getPage(1)).view;
    const fields = [
      ['Title', info.Title], ['Subject', info.Subject], ['Author', info.Author], ['Creator', info.Creator], ['Producer', info.Producer],
      ['CreationDate', info.CreationDate && pdfDate(info.CreationDate)], ['ModDate', info.ModDate && pdfDate(info.ModDate)],
      ['Pages', String(document.numPages)], ['Page size', `${+(x1 - x0).toFixed(2)} x ${+(y1 - y0).toFixed(2)} pts`],
    ];
    output = fields.filter(([, value]) => value).map(([name, value]) => `${`${name}:`.padEnd(16)}${value}\n`).join('');
  } else if (mode === 'text') {
    const from = first ? Number(first) : 1;
    const to = last ? Number(last) : document.numPages;
    for (let number = from; number <= to; number++) {
      const content = await (await document.getPage(number)).getTextContent();
      const lines = pageText(content.items);
      output += `${lines.map((line) => `${line}\n`).join('')}\f`;
    }
  } else if (mode === 'spans') {
    // pdffonts-like, per drawn text item: which embedded font drew it, at what size and where (JSON lines).
    const from = first ? Number(first) : 1;
    const to = last ? Number(last) : document.numPages;
    for (let number = from; number <= to; number++) {
      const page = await document.getPage(number);
      await page.getOperatorList(); // loads the page's fonts into commonObjs
      const content = await page.getTextContent();
      for (const item of content.items) {
        if (!('str' in item) || item.str === '') continue;
        const font = page.commonObjs.has(item.fontName) ? page.commonObjs.get(item.fontName).name : item.fontName;
        output += `${JSON.stringify({ page: number, str: item.str, font: String(font).replace(/^[A-Z]{6}\+/u, ''), size: +fontSizeOf(item).toFixed(2), x: +item.transform[4].toFixed(2), y: +item.transform[5].toFixed(2) })}\n`;
      }
    }
  } else {
    throw new Error(`unknown mode ${mode}: expected text, pages, info or spans`);
  }
  await document.destroy();
  process.stdout.write(output);
}

await main();
