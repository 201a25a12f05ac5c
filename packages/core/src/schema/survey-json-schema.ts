import { z } from 'zod';
import { SurveySchemaZ } from './survey-schema.ts';

/**
 * The JSON Schema (draft 2020-12) of `survey.json` files, generated from the zod definition of
 * {@link SurveySchemaZ} so that the type, the runtime check and the schema never drift apart.
 * Committed as `packages/core/survey.schema.json` (`pnpm schema:json`).
 *
 * @example surveyJsonSchema().properties.destination
 */
export function surveyJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(SurveySchemaZ, { io: 'input', target: 'draft-2020-12' }) as Record<
    string,
    unknown
  >;
  return { ...schema, $id: 'https://minat.dev/schema/survey.schema.json', title: 'Minat survey schema' };
}
