/**
 * @packageDocumentation
 * `@minat/core`: the analysis package of Minat. Pure TypeScript; runs in browsers and Node.
 *
 * The pipeline, stage by stage (each stage has its own types; nothing downstream accepts the raw input
 * of an earlier stage; diagnostics are returned as `Issue[]`, never printed):
 *
 * 1. **ingest** — `readTable` parses CSV/TSV/JSON/NDJSON/XLSX bytes, text or streams into a `RawTable`
 *    (strings, column-major, each row with its source row number), reporting progress. KoBoToolbox and
 *    ODK exports pass through `applyXlsForm` (with `parseXlsForm`) to get XML names and choice codes.
 * 2. **validate** — `validateSurvey` applies a `SurveySchema` (`parseSurveySchema`): roles, codebooks,
 *    destination names to ISO 3166-1 codes, provinces to BPS codes; every row accepted or rejected with
 *    its row number and reason (`ValidatedSurvey.accounting`), accepted rows dictionary-encoded.
 * 3. **design** — weights, strata, PSUs, fpc; raking, post-stratification, trimming (estimation engine).
 * 4. **estimate** — shares, totals, SE, CI, df, deff, n_eff; for now `weightedFirstChoice`.
 * 5. **analyse** — rankings, trends, comparisons, reliability, suppression.
 *
 * Reference data (countries, Indonesia's 38 provinces, placements, readiness levels) and the name
 * matchers live in `reference/`.
 */

export type { CompareAssociation, CompareOptions, CompareResult } from './analyse/compare/compare-groups.ts';
export { compareGroups } from './analyse/compare/compare-groups.ts';
export type { GroupDifference } from './analyse/compare/group-difference.ts';
export type {
  PlacementComparisonRow,
  PlacementsComparison,
  PlacementsComparisonOptions,
} from './analyse/placements/placements-comparison.ts';
export { placementsComparison } from './analyse/placements/placements-comparison.ts';
export { publishComparison } from './analyse/publish/publish-comparison.ts';
export type { PublishOptions } from './analyse/publish/publish-options.ts';
export { publishRanking } from './analyse/publish/publish-ranking.ts';
export { isSuppressed, publishRows } from './analyse/publish/publish-rows.ts';
export { publishTrend } from './analyse/publish/publish-trend.ts';
export { rankDestinations } from './analyse/ranking/rank-destinations.ts';
export { rankWithReplicates } from './analyse/ranking/rank-with-replicates.ts';
// analyse
export type { RankingOptions } from './analyse/ranking/ranking-options.ts';
export type { RankingResult } from './analyse/ranking/ranking-result.ts';
export type { RankingRow } from './analyse/ranking/ranking-row.ts';
export { RANKING_COLUMNS } from './analyse/ranking/ranking-row.ts';
export { rankingRows } from './analyse/ranking/ranking-rows.ts';
export { tieGroups } from './analyse/ranking/tie-groups.ts';
export { DEFAULT_LANGUAGE_REQUIREMENTS } from './analyse/readiness/default-language-requirements.ts';
export type { ReadinessOptions, ReadinessResult, ReadinessRow } from './analyse/readiness/readiness.ts';
export { readiness } from './analyse/readiness/readiness.ts';
export type { LanguageThreshold, RequirementSpec } from './analyse/readiness/requirement-spec.ts';
export { applyReliability } from './analyse/reliability/apply-reliability.ts';
export { normalizeReliability } from './analyse/reliability/normalize-reliability.ts';
export { reliabilityMessage } from './analyse/reliability/reliability-message.ts';
export { reliabilityStandards } from './analyse/reliability/reliability-standards.ts';
export type {
  BpsThresholds,
  MinNThresholds,
  NchsThresholds,
  ReliabilityAssessment,
  ReliabilityLevel,
  ReliabilityRow,
  ReliabilityStandard,
  ReliabilityThresholds,
} from './analyse/reliability/reliability-types.ts';
export { suppressSmallCells } from './analyse/reliability/suppress-small-cells.ts';
export { suppressionNote } from './analyse/reliability/suppression-note.ts';
export type {
  SuppressedRow,
  SuppressibleRow,
  SuppressionOptions,
  SuppressionReason,
} from './analyse/reliability/suppression-types.ts';
export { harmoniseQuestion } from './analyse/trend/harmonise-question.ts';
export { latestWave } from './analyse/trend/latest-wave.ts';
export type { TrendOptions, TrendResult } from './analyse/trend/trend.ts';
export { trend } from './analyse/trend/trend.ts';
export type { TrendChange } from './analyse/trend/trend-change.ts';
export { TREND_CHANGE_COLUMNS } from './analyse/trend/trend-change.ts';
export { waveOrder } from './analyse/trend/wave-order.ts';
export { buildDesign } from './design/build-design.ts';
export { designDf } from './design/design-df.ts';
export { lonelyPsuOptions, normalizeLonelyPsu } from './design/lonely-psu.ts';
export type { Rng } from './design/replicates/create-rng.ts';
export { createRng } from './design/replicates/create-rng.ts';
export { rankUncertainty } from './design/replicates/rank-uncertainty.ts';
export { replicateDesign } from './design/replicates/replicate-design.ts';
export { replicateRatios } from './design/replicates/replicate-ratios.ts';
export { replicateRatiosFromWeights } from './design/replicates/replicate-ratios-from-weights.ts';
export type {
  ReplicateDesign,
  ReplicateOptions,
  ReplicateType,
  ReplicateWeights,
  ReplicateWeightsOptions,
} from './design/replicates/replicate-types.ts';
export { replicateVariance } from './design/replicates/replicate-variance.ts';
export { replicateWeightsFromMatrix } from './design/replicates/replicate-weights-from-matrix.ts';
export { stratifiedCovariance } from './design/stratified-covariance.ts';
// design
export type { CalibrationStep, DesignOptions, LonelyPsu, SurveyDesign } from './design/survey-design.ts';
export type { RakeOptions } from './design/weighting/normalize-rake-options.ts';
export type { PostStratifyOptions } from './design/weighting/post-stratify.ts';
export { postStratify } from './design/weighting/post-stratify.ts';
export type { RakeMargin, RakeResult } from './design/weighting/rake.ts';
export { rake } from './design/weighting/rake.ts';
export { residualizeScores } from './design/weighting/residualize-scores.ts';
export type { TrimOptions } from './design/weighting/trim-weights.ts';
export { trimWeights } from './design/weighting/trim-weights.ts';
// errors and messages
export type { Issue, IssueLevel } from './errors/issue.ts';
export type { ErrorLocation, MinatErrorCode } from './errors/minat-error.ts';
export { MinatError } from './errors/minat-error.ts';
export type { CiInput } from './estimate/ci/ci-input.ts';
export type { CiMethod } from './estimate/ci/ci-method.ts';
export type { CiMethodDefinition } from './estimate/ci/ci-method-definition.ts';
export { ciMethods } from './estimate/ci/ci-methods.ts';
export type { CiResult } from './estimate/ci/ci-result.ts';
export { clopperPearson } from './estimate/ci/clopper-pearson.ts';
export type { KornGraubardInput } from './estimate/ci/korn-graubard-interval.ts';
export { kornGraubardInterval } from './estimate/ci/korn-graubard-interval.ts';
export { normalizeCiMethod } from './estimate/ci/normalize-ci-method.ts';
export { proportionInterval } from './estimate/ci/proportion-interval.ts';
export {
  betaQuantile,
  chisquareCdf,
  chisquareQuantile,
  fCdf,
  normalCdf,
  normalQuantile,
  tCdf,
  tQuantile,
} from './estimate/ci/quantiles.ts';
export { wilsonInterval } from './estimate/ci/wilson-interval.ts';
export type { CodedFactor, CrossTabCells } from './estimate/compare/cross-tab-cells.ts';
export { crossTabCells } from './estimate/compare/cross-tab-cells.ts';
export type {
  Difference,
  DifferenceOptions,
  DifferenceTerm,
} from './estimate/compare/difference-of-proportions.ts';
export { differenceOfProportions } from './estimate/compare/difference-of-proportions.ts';
export type { AssociationStatistic, AssociationTest } from './estimate/compare/rao-scott-test.ts';
export { raoScottTest } from './estimate/compare/rao-scott-test.ts';
export type {
  DesignEffectInput,
  DesignEffectOptions,
  DesignEffects,
} from './estimate/design-effects/design-effects.ts';
export { designEffects } from './estimate/design-effects/design-effects.ts';
export { kishDeff } from './estimate/design-effects/kish-deff.ts';
export { kishN } from './estimate/design-effects/kish-n.ts';
export type { DestinationGrouping } from './estimate/destination-grouping.ts';
export { destinationUnits, UNASSIGNED_REGION } from './estimate/destination-grouping.ts';
export type { EstimateOptions, NormalizedEstimateOptions } from './estimate/estimate-options.ts';
export { normalizeDfMode, normalizeEstimateOptions, normalizeLevel } from './estimate/estimate-options.ts';
export { estimateOtherShare } from './estimate/estimate-other-share.ts';
export type { EstimateRow } from './estimate/estimate-row.ts';
export { STANDARD_COLUMNS } from './estimate/estimate-row.ts';
export type { EstimateResult, ShareTable } from './estimate/estimate-shares.ts';
export { estimateShares } from './estimate/estimate-shares.ts';
export { estimateTotals } from './estimate/estimate-totals.ts';
export type { GroupIndex } from './estimate/group-index.ts';
export { groupIndex, groupingColumn, groupMissingIssues } from './estimate/group-index.ts';
export { prepareFilters } from './estimate/prepare-filters.ts';
// estimate
export type { RatioCell, RatioInput, RatioTable, SparseNumerators } from './estimate/ratio-table.ts';
export { ratioTable } from './estimate/ratio-table.ts';
export type { NchsInput, NchsOptions, NchsResult } from './estimate/reliability/nchs-proportion.ts';
export { nchsProportion } from './estimate/reliability/nchs-proportion.ts';
export type { RowFilter } from './estimate/row-filter.ts';
export { rowFilter } from './estimate/row-filter.ts';
export { shareInput } from './estimate/share-input.ts';
export type { ShareMeasure } from './estimate/share-measure.ts';
export { measuresByKind, normalizeShareMeasure, shareMeasures } from './estimate/share-measure.ts';
export type { FirstChoiceShare } from './estimate/weighted-first-choice.ts';
export { weightedFirstChoice } from './estimate/weighted-first-choice.ts';

// export
export { csvCell, rowsToCsv } from './export/rows-to-csv.ts';
export { toArquero } from './export/to-arquero.ts';
export { applyXlsForm } from './ingest/kobo/apply-xls-form.ts';
export type { DetectedSelectMultiple } from './ingest/kobo/detect-select-multiple.ts';
export { detectSelectMultiple } from './ingest/kobo/detect-select-multiple.ts';
export { isKoboMetaColumn } from './ingest/kobo/is-kobo-meta-column.ts';
export { parseXlsForm } from './ingest/kobo/parse-xls-form.ts';
export type { ColumnResolution } from './ingest/kobo/resolve-column.ts';
export { resolveColumn } from './ingest/kobo/resolve-column.ts';
export { stripGroupPrefixes } from './ingest/kobo/strip-group-prefixes.ts';
export type { HeaderMapping, XlsForm, XlsFormChoice, XlsFormQuestion } from './ingest/kobo/xls-form.ts';
// ingest
export type {
  FileFormat,
  RawProblem,
  RawTable,
  ReadOptions,
  ReadProgress,
  SourceInfo,
  TableInput,
} from './ingest/raw-table.ts';
export { readTable } from './ingest/read-table.ts';
export type { Lang } from './messages/messages.ts';
export { message, messageCodes } from './messages/messages.ts';
export { countries } from './reference/countries.ts';
// reference data
export type { Country, PolicyRegion, UnArea } from './reference/country.ts';
export type {
  DestinationMatch,
  DestinationMatcher,
  DestinationMatcherOptions,
} from './reference/create-destination-matcher.ts';
export { createDestinationMatcher } from './reference/create-destination-matcher.ts';
export type { ProvinceMatch, ProvinceMatcherOptions } from './reference/create-province-matcher.ts';
export { createProvinceMatcher } from './reference/create-province-matcher.ts';
export { foldText } from './reference/fold-text.ts';
export { getCountry } from './reference/get-country.ts';
export { getProvince } from './reference/get-province.ts';
export { islandGroupOf } from './reference/island-group-of.ts';
export { NO_ANSWER_VALUES } from './reference/no-answer-values.ts';
export { OTHER_COUNTRY_VALUES } from './reference/other-country-values.ts';
export type { Confidence, Placement, PlacementDimension } from './reference/placement.ts';
export { placements } from './reference/placements.ts';
export type { IslandGroup, Province } from './reference/province.ts';
export { provinces } from './reference/provinces.ts';
export type { ReadinessLevel } from './reference/readiness-level.ts';
export { readinessLevels } from './reference/readiness-levels.ts';
export { inferSurveySchema } from './schema/infer-survey-schema.ts';
// schema
export { parseSurveySchema } from './schema/parse-survey-schema.ts';
export { surveyJsonSchema } from './schema/survey-json-schema.ts';
export type {
  CodebookEntry,
  DestinationQuestion,
  Dimension,
  LocalizedText,
  SurveySchema,
  SurveySchemaInput,
} from './schema/survey-schema.ts';
export { SurveySchemaZ } from './schema/survey-schema.ts';
export { readinessFrameworks } from './validate/readiness-frameworks.ts';
// validate
export type { ValidateOptions } from './validate/validate-options.ts';
export { validateSurvey } from './validate/validate-survey.ts';
export type {
  Categorical,
  DestinationAnswers,
  ReadinessAnswers,
  Rejection,
  RejectionCode,
  RowAccounting,
  RowProblem,
  ValidatedSurvey,
} from './validate/validated-survey.ts';
