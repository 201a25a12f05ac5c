import { z } from 'zod';

/** A text in English and Indonesian. Everything a user reads exists in both. */
export const LocalizedText = z
  .object({
    en: z.string().min(1).describe('English text'),
    id: z.string().min(1).describe('Indonesian text (Bahasa Indonesia)'),
  })
  .describe('A label in English and Indonesian');

/** One code of a codebook. */
export const CodebookEntry = z
  .object({
    code: z.string().min(1).describe('The canonical code stored after validation'),
    label: LocalizedText,
    values: z
      .array(z.string())
      .optional()
      .describe(
        'Other spellings in the file that mean this code (matched ignoring case, accents and spacing)',
      ),
  })
  .describe('A code with its labels; the order of entries is the display order');

/** Bins for a numeric column (e.g. age in years to age groups). */
export const BinEntry = z
  .object({
    code: z.string().min(1),
    label: LocalizedText,
    min: z.number().optional().describe('Inclusive lower bound; absent = no lower bound'),
    max: z.number().optional().describe('Inclusive upper bound; absent = no upper bound'),
  })
  .describe('A numeric bin: values v with min <= v <= max get this code');

/** A demographic (or any grouping) dimension. */
export const Dimension = z
  .object({
    key: z
      .string()
      .regex(/^[a-z][a-z0-9_]*$/)
      .describe('Identifier used in results, snake_case (e.g. "sex")'),
    column: z.string().min(1).describe('Column header in the file'),
    label: LocalizedText,
    codes: z.array(CodebookEntry).optional().describe('Codebook; values outside it reject the row'),
    bins: z.array(BinEntry).optional().describe('Bin a numeric column into groups (e.g. age groups)'),
    missing: z.array(z.string()).optional().describe('Values that mean "no answer" for this dimension'),
  })
  .describe('A grouping dimension with its codebook');

const QuestionCommon = {
  key: z
    .string()
    .regex(/^[a-z][a-z0-9_]*$/)
    .default('destination')
    .describe('Identifier of the question'),
  label: LocalizedText.optional().describe('The question as asked'),
  noAnswer: z
    .array(z.string())
    .optional()
    .describe(
      'Extra values meaning "no answer" (blank, "-", "n/a", "Tidak tahu", "Tidak menjawab" always are)',
    ),
  other: z
    .array(z.string())
    .optional()
    .describe(
      'Extra values meaning "another country" (code ZZ; "Lainnya", "Negara lain", "Other" always are)',
    ),
  base: z
    .enum(['answered', 'all'])
    .default('answered')
    .describe('Base of shares: respondents who answered (default) or all respondents in scope'),
  codes: z
    .array(CodebookEntry)
    .optional()
    .describe('Optional codebook mapping survey codes to ISO 3166-1 alpha-2 codes (code = ISO code)'),
};

/** Single choice: one column holding one destination. */
export const SingleQuestion = z.object({
  kind: z.literal('single'),
  column: z.string().min(1),
  ...QuestionCommon,
});

/** Ranked top-k: ordered columns, first choice first. */
export const RankedQuestion = z.object({
  kind: z.literal('ranked'),
  columns: z.array(z.string().min(1)).min(1).describe('Choice columns, first choice first'),
  ...QuestionCommon,
});

/** Multiple choice (select_multiple): a delimited column, or one 0/1 column per option. */
export const MultiQuestion = z.object({
  kind: z.literal('multi'),
  column: z.string().min(1).optional().describe('One column of delimited answers (KoBo summary column)'),
  separator: z.string().default(' ').describe('Separator in `column` (default a space, as KoBo writes)'),
  options: z
    .array(z.object({ code: z.string().min(1), column: z.string().min(1) }))
    .optional()
    .describe('One 0/1 column per option: `code` is the destination, `column` the header'),
  ...QuestionCommon,
});

/** The destination question, of one kind. */
export const DestinationQuestion = z
  .discriminatedUnion('kind', [SingleQuestion, RankedQuestion, MultiQuestion])
  .describe('A destination question: single, ranked or multi');

/** Intention stage (interest → plan → preparing), with the file values meaning each stage. */
export const Intention = z.object({
  column: z.string().min(1),
  label: LocalizedText.optional(),
  stages: z
    .object({
      none: z.array(z.string()).default([]),
      interest: z.array(z.string()).min(1),
      plan: z.array(z.string()).min(1),
      preparing: z.array(z.string()).min(1),
    })
    .describe('File values meaning each stage'),
});

/** A language test column. */
export const LanguageReadiness = z.object({
  framework: z.enum(['JLPT', 'JFT-Basic', 'CEFR', 'EPS-TOPIK', 'TOPIK']),
  column: z.string().min(1),
  destination: z.string().length(2).optional().describe('Destination the test is for (ISO alpha-2)'),
  none: z.array(z.string()).default(['none', 'tidak ada', '0']).describe('Values meaning "no test taken"'),
});

/** Readiness fields. */
export const Readiness = z.object({
  language: z.array(LanguageReadiness).default([]),
  certificate: z
    .object({
      column: z.string().min(1),
      yes: z.array(z.string()).default(['1', 'yes', 'ya']),
      no: z.array(z.string()).default(['0', 'no', 'tidak']),
    })
    .optional(),
});

/** Finite population correction column: PSU counts (>= 1) or sampling fractions (<= 1). */
export const Fpc = z.object({
  column: z.string().min(1),
  form: z.enum(['count', 'fraction', 'auto']).default('auto'),
});

/**
 * The survey schema: which column plays which role. Stored as `survey.json` beside the data.
 * Validate with {@link parseSurveySchema}; the JSON Schema is generated from this definition.
 */
export const SurveySchemaZ = z
  .object({
    $schema: z.string().optional(),
    version: z.literal(1).default(1),
    title: LocalizedText.optional(),
    source: z.string().optional().describe('Who collected the data, and when'),
    id: z.string().optional().describe('Respondent id column (duplicates are warned about)'),
    wave: z.string().optional().describe('Survey wave column (waves are independent samples)'),
    weight: z.string().optional().describe('Final weight column; absent = equal weights'),
    strata: z.string().optional().describe('Stratum column; absent = one stratum'),
    psu: z.string().optional().describe('PSU (cluster) column; absent = each row its own PSU'),
    fpc: Fpc.optional(),
    province: z
      .object({ column: z.string().min(1), label: LocalizedText.optional() })
      .optional()
      .describe('Origin province: BPS code, ISO 3166-2 code, name or abbreviation'),
    dimensions: z.array(Dimension).default([]),
    destination: DestinationQuestion,
    questions: z
      .array(DestinationQuestion)
      .default([])
      .describe('Further destination questions (e.g. "countries considered"), each with its own key'),
    intention: Intention.optional(),
    readiness: Readiness.optional(),
  })
  .describe('Minat survey schema (survey.json)');

/** The survey schema as written (inputs with defaults optional). */
export type SurveySchemaInput = z.input<typeof SurveySchemaZ>;
/** The survey schema with defaults filled in. */
export type SurveySchema = z.output<typeof SurveySchemaZ>;
export type DestinationQuestion = z.output<typeof DestinationQuestion>;
export type Dimension = z.output<typeof Dimension>;
export type CodebookEntry = z.output<typeof CodebookEntry>;
export type LocalizedText = z.output<typeof LocalizedText>;
