// The document types and size limits of every upload (issue #14 §8). No server-only import: the forms build
// their file pickers' `accept` from the same lists the server checks (lib/uploads/policy.ts).

const ZIP = [0x50, 0x4b, 0x03, 0x04]; // docx/xlsx are ZIP packages (OOXML)
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]; // doc/xls: OLE2 compound file
const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d]; // "%PDF-"
const JPEG = [0xff, 0xd8, 0xff];
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** The document types the committees exchange: extension → the type we serve and the file's leading bytes. */
export const DOCUMENT_TYPES = {
  pdf: { mime: "application/pdf", magic: PDF },
  doc: { mime: "application/msword", magic: OLE },
  docx: { mime: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", magic: ZIP },
  xls: { mime: "application/vnd.ms-excel", magic: OLE },
  xlsx: { mime: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", magic: ZIP },
  jpg: { mime: "image/jpeg", magic: JPEG },
  jpeg: { mime: "image/jpeg", magic: JPEG },
  png: { mime: "image/png", magic: PNG },
} as const;
export type DocumentExtension = keyof typeof DOCUMENT_TYPES;

export type UploadPolicy = { maxBytes: number; extensions: readonly DocumentExtension[] };

const MB = 1024 * 1024;
const DOCUMENTS: DocumentExtension[] = ["pdf", "doc", "docx", "xls", "xlsx", "jpg", "jpeg", "png"];

/** The policy of each kind of upload: size limit and the extensions accepted. */
export const UPLOAD_POLICIES = {
  /** Survey reports and other documents attached to a proposal. */
  proposalAttachment: { maxBytes: 10 * MB, extensions: DOCUMENTS },
  /** Evidence of a plan task's result (issue #18: a member agency's report, photos, minutes). */
  taskEvidence: { maxBytes: 10 * MB, extensions: DOCUMENTS },
  /** Minutes of a year-end review meeting. */
  reviewMinutes: { maxBytes: 5 * MB, extensions: DOCUMENTS },
  /** The three files of an award nomination (seed 003 mục III.4). */
  nominationFile: { maxBytes: 5 * MB, extensions: DOCUMENTS },
  /**
   * The monthly figures workbook (Excel import, ~20 KB in practice). It travels base64 inside a server action,
   * whose body Next limits to 1 MB (SERVER_ACTION_BODY_LIMIT), so 512 KB of file at most.
   */
  monthlyWorkbook: { maxBytes: 512 * 1024, extensions: ["xlsx"] },
} as const satisfies Record<string, UploadPolicy>;

/** The `accept` attribute of a file picker for a policy (".pdf,.docx,…"): a hint to the browser, checked again on the server. */
export const acceptAttribute = (policy: UploadPolicy) => policy.extensions.map((e) => `.${e}`).join(",");

/** A size limit as people read it: "10 MB", "512 KB". */
export const sizeLabel = (bytes: number) =>
  bytes >= MB ? `${Math.round(bytes / MB)} MB` : `${Math.round(bytes / 1024)} KB`;
