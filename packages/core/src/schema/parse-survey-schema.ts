import { MinatError } from '../errors/minat-error.ts';
import { type SurveySchema, SurveySchemaZ } from './survey-schema.ts';

/**
 * Checks a survey schema (e.g. the parsed `survey.json`) and fills in defaults.
 *
 * @param value - the schema object
 * @param file - the file it came from, for messages
 * @throws MinatError `schema-invalid` naming each bad path, value and what was expected
 * @example
 * ```ts
 * const schema = parseSurveySchema(JSON.parse(text), 'survey.json');
 * ```
 */
export function parseSurveySchema(value: unknown, file = 'survey schema'): SurveySchema {
  const result = SurveySchemaZ.safeParse(value);
  if (result.success) return result.data;
  const lines = result.error.issues.map((i) => `  ${i.path.join('.') || '(root)'}: ${i.message}`);
  throw new MinatError('schema-invalid', `${file}: the survey schema is not valid:\n${lines.join('\n')}`, {
    file,
    expected: 'a survey schema as described in docs/data-schema.md',
  });
}
