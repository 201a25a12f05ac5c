/** Upload, mapping and validation step, in English. */
export const UPLOAD_EN = {
  'upload.title': 'Upload a survey',
} as const;

/** Every key of the upload step. */
export type UploadMessageKey = keyof typeof UPLOAD_EN;

/** Upload, mapping and validation step, in Indonesian. */
export const UPLOAD_ID: Record<UploadMessageKey, string> = {
  'upload.title': 'Unggah survei',
};
