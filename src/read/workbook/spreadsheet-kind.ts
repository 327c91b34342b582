// Tells a spreadsheet from a text export by its first bytes, and names what to do with the kinds we cannot read.
import { msg, type Message } from '../../i18n/message.js';

export type SpreadsheetKind = 'xlsx' | 'xls' | 'encrypted' | 'ods' | 'zip' | 'html' | 'xml2003';

/** A web page: what many sites' "Excel download" saves under a .xls name (an HTML table). */
const HTML_START = /^(?:<!doctype html|<html|<table|<head|<body|<meta|<style)\b/i;
/** Excel's XML Spreadsheet 2003, also saved as .xls. */
const XML_SPREADSHEET = 'urn:schemas-microsoft-com:office:spreadsheet';

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** The stream a password-protected .xlsx is kept in, inside an OLE container (named in UTF-16 in its directory). */
const ENCRYPTED_PACKAGE = Buffer.from('EncryptedPackage', 'utf16le');

/**
 * 'xlsx' for a zip that holds a workbook part, 'ods' for an OpenDocument spreadsheet (its first entry is an
 * uncompressed `mimetype`), 'encrypted' for a password-protected workbook (an OLE file holding an encrypted package;
 * its directory is usually within the first few kilobytes), 'xls' for another OLE file (old Excel), 'zip' for another
 * zip; 'html' for a web page and 'xml2003' for an XML Spreadsheet 2003 (both saved as .xls by sites and old
 * Excel); undefined for anything else.
 */
export function spreadsheetKind(head: Uint8Array): SpreadsheetKind | undefined {
  if (startsWith(head, OLE)) return Buffer.from(head).includes(ENCRYPTED_PACKAGE) ? 'encrypted' : 'xls';
  if (!startsWith(head, ZIP)) return markupKind(head);
  const text = Buffer.from(head).toString('latin1');
  if (text.includes('application/vnd.oasis.opendocument.spreadsheet')) return 'ods';
  // The first entries of an .xlsx are its content types, its relations or the workbook itself; all name "xl/" parts.
  if (text.includes('[Content_Types].xml') || text.includes('xl/') || text.includes('_rels/')) return 'xlsx';
  return 'zip';
}

/** What to tell a user whose file is a spreadsheet this tool does not read. */
export function unreadableSpreadsheetMessage(kind: Exclude<SpreadsheetKind, 'xlsx'>): Message {
  return msg(`spreadsheet.${kind}`);
}

/** 'html' or 'xml2003' for a text file that begins as one (after a BOM and blank space), else undefined. */
function markupKind(head: Uint8Array): SpreadsheetKind | undefined {
  const text = Buffer.from(head.subarray(0, 4096)).toString('utf8').replace(/^\uFEFF/, '').trimStart();
  if (HTML_START.test(text)) return 'html';
  if (text.startsWith('<?xml') && text.includes(XML_SPREADSHEET)) return 'xml2003';
  return undefined;
}

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.every((byte, i) => bytes[i] === byte);
}
