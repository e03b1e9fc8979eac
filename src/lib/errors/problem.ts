/**
 * User-facing problems as data, in the style of Astro core's error data: what happened,
 * where, what was expected and how to fix it. Checks return problems instead of throwing,
 * so that one run can report every problem at once.
 */

/** A catalogue entry: the stable name and title of one kind of problem, and how to fix it. */
export interface ProblemKind {
  /** Stable identifier, e.g. `CampaignFieldInvalid`; tests and tools match on it. */
  readonly name: string;
  /** One line saying what is wrong, in the organiser's words. */
  readonly title: string;
  /** The default advice on how to fix it. */
  readonly hint: string;
  /** Whether it stops the build; `error` unless the catalogue says otherwise. */
  readonly severity?: 'error' | 'warning';
}

/** One concrete problem found in the content. */
export interface Problem {
  readonly name: string;
  readonly title: string;
  readonly severity: 'error' | 'warning';
  /** Path of the offending file, relative to the project root where possible. */
  readonly file: string;
  readonly line?: number;
  readonly column?: number;
  /** The field or element at fault, e.g. `brand.primary` or `<Cite>`. */
  readonly field?: string;
  /** What was found and why it is wrong. */
  readonly message: string;
  /** What a valid value looks like. */
  readonly expected?: string;
  readonly hint: string;
}

/** Where a problem was found, and the details that complete its catalogue entry. */
export interface ProblemDetails {
  file: string;
  line?: number;
  column?: number;
  field?: string;
  message: string;
  expected?: string;
  hint?: string;
  severity?: 'error' | 'warning';
}

/** Creates a problem of a catalogued kind. */
export function problem(kind: ProblemKind, details: ProblemDetails): Problem {
  const { severity = kind.severity ?? 'error', hint = kind.hint, ...rest } = details;
  return { name: kind.name, title: kind.title, severity, hint, ...rest };
}

/** Whether any of the problems must stop the build. */
export function hasErrors(problems: readonly Problem[]): boolean {
  return problems.some((p) => p.severity === 'error');
}

/** Keys and list positions from the root of parsed data to a value, e.g. `[3, 'label']`. */
export type DataPath = readonly PropertyKey[];

/** The name reports give the field at a data path, e.g. `brand.primary` or `locales.1`. */
export function fieldOf(path: DataPath): string {
  return path.map(String).join('.') || '(top level)';
}

/**
 * A problem found in parsed data before it is known where the data was written: its kind,
 * the path of the value at fault, and the details. `placeProblem` turns it into a problem
 * at a file and line, such as the line of a YAML value or of an MDX element.
 */
export interface PathProblem extends Omit<ProblemDetails, 'file' | 'line' | 'column' | 'field'> {
  readonly kind: ProblemKind;
  readonly path: DataPath;
}

/** Where a problem is reported: the file, and the line and column when known. */
export type Place = Pick<ProblemDetails, 'file' | 'line' | 'column'>;

/** The problem at a place; its field is named after its data path unless `field` names it. */
export function placeProblem({ kind, path, ...details }: PathProblem, place: Place, field = fieldOf(path)): Problem {
  return problem(kind, { ...details, ...place, field });
}
