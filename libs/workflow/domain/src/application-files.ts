/**
 * What an applicant may attach to an application and when (申报材料): the content and the attachments are the
 * applicant's while the application is a draft or returned for revision (补正), frozen in every other stage.
 */
export const APPLICATION_EDITABLE_STAGES = ['draft', 'returned'] as const;

export function applicationEditable(stage: string): boolean {
  return (APPLICATION_EDITABLE_STAGES as readonly string[]).includes(stage);
}

export const ATTACHMENT_LIMITS = {
  /** 20 MiB a file. */
  maxBytes: 20 * 1024 * 1024,
  maxFiles: 20,
  maxNameLength: 200,
} as const;

export type AttachmentType = 'pdf' | 'docx' | 'xlsx' | 'png' | 'jpeg' | 'zip';

/** The kinds accepted, with the media type stored and served, and the file name endings that may declare them. */
export const ATTACHMENT_TYPES: Record<AttachmentType, { mediaType: string; extensions: readonly string[] }> = {
  pdf: { mediaType: 'application/pdf', extensions: ['pdf'] },
  docx: { mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', extensions: ['docx'] },
  xlsx: { mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', extensions: ['xlsx'] },
  png: { mediaType: 'image/png', extensions: ['png'] },
  jpeg: { mediaType: 'image/jpeg', extensions: ['jpg', 'jpeg'] },
  zip: { mediaType: 'application/zip', extensions: ['zip'] },
};

const startsWith = (bytes: Uint8Array, signature: readonly number[]) => signature.every((byte, i) => bytes[i] === byte);
const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG = [0xff, 0xd8, 0xff];
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const EMPTY_ZIP = [0x50, 0x4b, 0x05, 0x06];

/**
 * The kind a file's bytes say it is (its magic bytes), whatever its name or declared type claim; null: none we take.
 * DOCX and XLSX are ZIP packages told apart by the part every such package has (`word/…`, `xl/…`), whose name the
 * archive carries uncompressed in its headers.
 */
export function detectAttachmentType(bytes: Uint8Array): AttachmentType | null {
  if (startsWith(bytes, PDF)) return 'pdf';
  if (startsWith(bytes, PNG)) return 'png';
  if (startsWith(bytes, JPEG)) return 'jpeg';
  if (startsWith(bytes, EMPTY_ZIP)) return 'zip';
  if (!startsWith(bytes, ZIP)) return null;
  const names = new TextDecoder('latin1').decode(bytes);
  if (names.includes('[Content_Types].xml') && names.includes('word/document.xml')) return 'docx';
  if (names.includes('[Content_Types].xml') && names.includes('xl/workbook.xml')) return 'xlsx';
  return 'zip';
}

/** The type a file name declares by its ending (`申报书.PDF` → pdf); null: an ending we do not take, or none. */
export function declaredAttachmentType(fileName: string): AttachmentType | null {
  const extension = /\.([A-Za-z0-9]+)$/.exec(fileName)?.[1]?.toLowerCase();
  if (!extension) return null;
  const found = Object.entries(ATTACHMENT_TYPES).find(([, type]) => type.extensions.includes(extension));
  return found ? (found[0] as AttachmentType) : null;
}
