import { describe, expect, it } from 'vitest';
import { isKoboMetaColumn } from '../../../src/ingest/kobo/is-kobo-meta-column.ts';

describe('isKoboMetaColumn', () => {
  it('isKoboMetaColumn(KoBo, ODK Central and metadata headers) returns true', () => {
    for (const h of [
      '_id',
      '_uuid',
      '_submission_time',
      '_index',
      '_validation_status',
      '__version__',
      'start',
      'end',
      'deviceid',
      'meta/instanceID',
      'meta-instanceID',
      'formhub/uuid',
      'KEY',
      'SubmissionDate',
      'SubmitterID',
      '_submission__uuid',
    ]) {
      expect(isKoboMetaColumn(h), h).toBe(true);
    }
  });

  it('isKoboMetaColumn(question headers and GPS parts) returns false', () => {
    for (const h of ['dest_1', 'resp/age', 'status', 'key', 'meta', '_loc_latitude', 'metadata_note', 'id']) {
      expect(isKoboMetaColumn(h), h).toBe(false);
    }
  });
});
