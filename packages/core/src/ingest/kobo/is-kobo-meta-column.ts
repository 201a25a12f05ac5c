/** System columns of KoBoToolbox, ODK Central / Briefcase and Ona exports, and XLSForm metadata questions. */
const META = new Set([
  // KoBoToolbox / Ona
  '_id',
  '_uuid',
  '_submission_time',
  '_date_modified',
  '_index',
  '_parent_index',
  '_parent_table_name',
  '_validation_status',
  '_notes',
  '_status',
  '_submitted_by',
  '__version__',
  '_version_',
  '_tags',
  '_attachments',
  '_geolocation',
  '_xform_id_string',
  '_xform_id',
  '_bamboo_dataset_id',
  '_media_all_received',
  '_total_media',
  '_media_count',
  '_duration',
  '_edited',
  '_last_edited',
  '_review_status',
  '_review_comment',
  '_supplementalDetails',
  // ODK Central / Briefcase
  'SubmissionDate',
  'KEY',
  'PARENT_KEY',
  'SubmitterID',
  'SubmitterName',
  'AttachmentsPresent',
  'AttachmentsExpected',
  'Status',
  'ReviewState',
  'DeviceID',
  'Edits',
  'FormVersion',
  'instanceID',
  'instanceName',
  // XLSForm metadata question types, named after their type by default
  'start',
  'end',
  'today',
  'deviceid',
  'username',
  'simserial',
  'subscriberid',
  'phonenumber',
  'audit',
]);

/**
 * Tells whether a header is a system column of a KoBoToolbox, ODK Central or Ona export (`_id`,
 * `_uuid`, `_submission_time`, `__version__`, `SubmissionDate`, `KEY`, …), a column of the `meta` or
 * `formhub` group (`meta/instanceID`, `meta-instanceID`, `formhub/uuid`), a repeat sheet's link to its
 * submission (`_submission__id`, …) or an XLSForm metadata question (`start`, `end`, `today`,
 * `deviceid`, `username`, …). Matched as written (case matters: `Status` is ODK's, `status` is not).
 * GPS parts (`_loc_latitude`) are not meta: they belong to a question.
 *
 * @param header - a column header as written in the file
 * @example
 * ```ts
 * isKoboMetaColumn('_submission_time'); // true
 * isKoboMetaColumn('meta-instanceID'); // true
 * isKoboMetaColumn('dest_1'); // false
 * ```
 */
export function isKoboMetaColumn(header: string): boolean {
  const h = header.trim();
  return META.has(h) || /^(meta|formhub)[/.-]\S/.test(h) || /^_submission_/.test(h);
}
