import { accessToken, ApiError, http, type Schema } from '../../api/client';

export type Attachment = Schema<'ApplicationAttachment'>;

/**
 * POST one file as multipart/form-data with upload progress (fetch reports none): XMLHttpRequest with the session's
 * token; a refusal becomes an ApiError with the server's bilingual message, as `http` gives it.
 */
export async function uploadAttachment(applicationId: string, file: File, onProgress: (percent: number) => void): Promise<Attachment> {
  try {
    return await send(applicationId, file, onProgress);
  } catch (error) {
    if (!(error instanceof ApiError && error.status === 401 && error.code === 'TOKEN_EXPIRED')) throw error;
    // The access token expired: a request through `http` renews it (or ends the session), then the file goes again.
    await http.GET('/api/workflow/applications/{applicationId}/attachments', { params: { path: { applicationId } } });
    return send(applicationId, file, onProgress);
  }
}

function send(applicationId: string, file: File, onProgress: (percent: number) => void): Promise<Attachment> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', `/api/workflow/applications/${encodeURIComponent(applicationId)}/attachments`);
    const token = accessToken();
    if (token) request.setRequestHeader('authorization', `Bearer ${token}`);
    request.setRequestHeader('accept', 'application/json');
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(Math.round((event.loaded / event.total) * 100));
    };
    request.onload = () => {
      let body: unknown = null;
      try {
        body = JSON.parse(request.responseText);
      } catch {
        body = null;
      }
      if (request.status >= 200 && request.status < 300 && body) return resolve(body as Attachment);
      const error = (body as Partial<Schema<'Error'>> | null)?.error;
      reject(new ApiError(request.status, error?.code ?? `HTTP_${request.status}`, error?.message ?? `${request.status} ${request.statusText}`, error?.fields ?? [], (body as { requestId?: string } | null)?.requestId));
    };
    request.onerror = () => reject(new ApiError(0, 'NETWORK', '无法连接服务器 Cannot reach the server'));
    const form = new FormData();
    form.append('file', file, file.name);
    request.send(form);
  });
}

const EXTENSIONS: Record<string, string> = {
  'application/pdf': 'PDF',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'DOCX',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'XLSX',
  'image/png': 'PNG',
  'image/jpeg': 'JPEG',
  'application/zip': 'ZIP',
};

/** A media type as people name the file type. */
export function typeName(mediaType: string): string {
  return EXTENSIONS[mediaType] ?? mediaType;
}

/** The file chooser's `accept`: the extensions of the types the server takes. */
export function acceptOf(types: string[]): string {
  return types.map((type) => ({ PDF: '.pdf', DOCX: '.docx', XLSX: '.xlsx', PNG: '.png', JPEG: '.jpg,.jpeg', ZIP: '.zip' })[typeName(type)] ?? type).join(',');
}

export function sizeText(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}
