import { applicationEditable, declaredAttachmentType, detectAttachmentType } from './application-files';

const bytes = (...parts: Array<number[] | string>) => new Uint8Array(Buffer.concat(parts.map((part) => (typeof part === 'string' ? Buffer.from(part, 'latin1') : Buffer.from(part)))));
const ZIP = [0x50, 0x4b, 0x03, 0x04];

describe('application files', () => {
  it('tells a file’s kind by its bytes, whatever it is called', () => {
    expect(detectAttachmentType(bytes('%PDF-1.4\n'))).toBe('pdf');
    expect(detectAttachmentType(bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBe('png');
    expect(detectAttachmentType(bytes([0xff, 0xd8, 0xff, 0xe1]))).toBe('jpeg');
    expect(detectAttachmentType(bytes(ZIP, '..[Content_Types].xml..word/document.xml..'))).toBe('docx');
    expect(detectAttachmentType(bytes(ZIP, '..[Content_Types].xml..xl/workbook.xml..'))).toBe('xlsx');
    expect(detectAttachmentType(bytes(ZIP, 'photos/a.png'))).toBe('zip');
    expect(detectAttachmentType(bytes([0x50, 0x4b, 0x05, 0x06]))).toBe('zip');
    // An executable, an HTML page, text that merely mentions a PDF: none.
    expect(detectAttachmentType(bytes('MZ\x90\x00'))).toBeNull();
    expect(detectAttachmentType(bytes('<html>%PDF-'))).toBeNull();
    expect(detectAttachmentType(bytes(''))).toBeNull();
  });

  it('reads the declared type from the name’s ending, in any case', () => {
    expect(declaredAttachmentType('申报书.PDF')).toBe('pdf');
    expect(declaredAttachmentType('照片.jpeg')).toBe('jpeg');
    expect(declaredAttachmentType('照片.JPG')).toBe('jpeg');
    expect(declaredAttachmentType('预算.xlsx')).toBe('xlsx');
    expect(declaredAttachmentType('脚本.exe')).toBeNull();
    expect(declaredAttachmentType('无扩展名')).toBeNull();
  });

  it('lets the applicant change the files only as a draft or returned for revision', () => {
    expect(['draft', 'returned'].filter(applicationEditable)).toEqual(['draft', 'returned']);
    expect(['submitted', 'screening', 'unitReview', 'expertReview', 'publicNotice', 'approved', 'rejected', 'withdrawn'].filter(applicationEditable)).toEqual([]);
  });
});
