import type { ChartName } from '@minat/charts';
import type { Issue, Lang, LocalizedText as Text } from '@minat/core';
import type { CompareSettings, DashboardSettings, ViewName } from '../state/dashboard-state.ts';

/** A level of a grouping, with its label in both languages. */
export interface LevelInfo {
  code: string;
  label: Text;
}

/** A grouping the filters and comparisons offer: wave, province, island group, each dimension. */
export interface GroupingInfo {
  key: string;
  label: Text;
  levels: LevelInfo[];
}

/** What the page knows about the loaded survey (the survey itself stays in the worker). */
export interface SurveyInfo {
  /** Which load of this tab it is (1, 2, …): requests name it so a worker never answers for an older survey. */
  id: number;
  /** File name(s) of the survey. */
  name: string;
  title?: Text;
  source: Text;
  /** Rows read, accepted and rejected (read = accepted + rejected). */
  read: number;
  accepted: number;
  rejected: number;
  weighted: boolean;
  kind: 'single' | 'ranked' | 'multi';
  /** Measures the question allows, the default first. */
  measures: string[];
  waves: string[];
  latestWave?: string;
  groupings: GroupingInfo[];
  hasProvince: boolean;
  hasReadiness: boolean;
  /** Design columns, for the footer and the data panel. */
  design: { weight?: string; strata?: string; psu?: string };
  /** Lonely-PSU handling: the option used and the strata with one PSU (empty when none). */
  lonely: { option: string; strata: string[] };
  /** Issues found reading, validating and building the design (levels info, warning). */
  issues: Issue[];
}

/** One chart of a view: its spec, the rows behind it and their columns, and its text alternative. */
export interface ChartPayload {
  /** Stable id within the view (e.g. `ranking`, `bump`). */
  id: string;
  name: ChartName;
  spec: Record<string, unknown>;
  rows: Record<string, unknown>[];
  columns: string[];
  alt: string;
}

/** A note shown above a view's charts (e.g. "rank uncertainty still computing"). */
export interface ViewNote {
  level: 'info' | 'warning';
  text: string;
  /** Says that a more complete answer follows (dropped when it cannot). */
  partial?: boolean;
}

/** What the worker returns for a view: its charts and notes, in the requested language. */
export interface ViewPayload {
  view: ViewName;
  charts: ChartPayload[];
  notes: ViewNote[];
  /** Key findings in words, above the charts (e.g. which destination leads and how surely). */
  summary?: string;
  /** A table without a chart (the Table view): every number behind the view, with flags. */
  table?: { id: string; rows: Record<string, unknown>[]; columns: string[] };
  /** True when a later, more complete payload for the same request follows (progressive results). */
  partial: boolean;
  /** Milliseconds the worker spent on this payload (for the benchmark and the status line). */
  ms: number;
}

/** The analysis asked for: the state of the page minus what only concerns the page itself. */
export interface AnalysisRequest {
  view: ViewName;
  lang: Lang;
  filters: Record<string, string[]>;
  settings: DashboardSettings;
  compare: CompareSettings;
  destination: string;
  /** Narrow screen (phone): charts are built narrower so they fit without scrolling. */
  narrow?: boolean;
}

/** Columns the user maps in the upload step (the schema draft, editable). */
export type SchemaDraft = Record<string, unknown>;

/** What a file upload yields before the schema is confirmed. */
export interface UploadPreview {
  name: string;
  /** Format read. */
  format: 'csv' | 'tsv' | 'json' | 'ndjson' | 'xlsx';
  /** Field delimiter, for CSV/TSV. */
  delimiter?: ',' | ';' | '\t';
  /** The XLSForm the export was mapped through, when one was given. */
  form?: string;
  columns: string[];
  /** Up to three distinct non-empty values of each column (same order as `columns`), for the mapping step. */
  examples: string[][];
  /** First rows, for the mapping step. */
  sample: string[][];
  rows: number;
  /** The schema to confirm or change: the one from the schema file when given, else the inferred draft. */
  schema: SchemaDraft;
  /** Where `schema` came from: inferred from the file, or the schema file (named in `schemaFile`). */
  schemaSource: 'inferred' | 'file';
  schemaFile?: string;
  /** What the inference found and what to check (empty when the schema came from a file). */
  notes: Issue[];
  /** Read-level issues (parse problems, with row numbers). */
  issues: Issue[];
}

/** One rejected row, as listed in the validation step. */
export interface RejectedRowInfo {
  row: number;
  column: string;
  value: string;
  reason: string;
  expected?: string;
}

/** Result of applying a schema to an upload: the accounting and, when rows were accepted, the survey. */
export interface ValidationSummary {
  /** The survey file's name. */
  file: string;
  read: number;
  accepted: number;
  rejected: number;
  /** The first rejected rows (all of them are in the CSV download). */
  rejectedRows: RejectedRowInfo[];
  /** Issues of reading, validating and building the design, one of each kind (counts in `count`). */
  issues: Issue[];
  /** Lonely-PSU handling of the design as the dashboard builds it (`adjust`), and the single-PSU strata. */
  lonely: { option: string; strata: string[] };
  /** Why the accepted rows cannot be analysed (e.g. a single PSU in the whole design). */
  designError?: WorkerError;
  /** The adopted survey, when the request asked to adopt it (`adopt: true`). */
  info?: SurveyInfo;
}

/** Messages from the page to the worker. */
export type WorkerRequest =
  | { id: number; type: 'load-sample'; csvUrl: string; schema: SchemaDraft }
  | { id: number; type: 'read-upload'; file: File; form?: File; schema?: File }
  | { id: number; type: 'apply-schema'; schema: SchemaDraft; adopt?: boolean }
  | { id: number; type: 'connect'; port: MessagePort }
  | { id: number; type: 'analyse'; survey: number; request: AnalysisRequest; mode: 'fast' | 'full' }
  | { id: number; type: 'rejected-csv' };

/** Progress of a long step (reading a file). */
export interface WorkerProgress {
  stage: 'read' | 'parse' | 'validate' | 'design' | 'estimate' | 'replicates';
  bytes?: number;
  totalBytes?: number;
  rows?: number;
  /** Rows to check, with `stage: 'validate'` (`rows` of them checked so far). */
  totalRows?: number;
}

/** An error as the page shows it: typed code, message, and where. */
export interface WorkerError {
  code: string;
  message: string;
  file?: string;
  row?: number;
  column?: string;
  value?: string;
  expected?: string;
}

/** Messages from the worker to the page. */
export type WorkerResponse =
  | { id: number; type: 'progress'; progress: WorkerProgress }
  | { id: number; type: 'result'; result: unknown }
  | { id: number; type: 'error'; error: WorkerError };
