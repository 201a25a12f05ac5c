import { CliUsageError } from './cli-usage-error.ts';

/**
 * Parses `--filter COL=V1,V2;COL2=V` into columns and the values kept (as written in the file).
 * Rows outside the filter leave the domain; the design is kept.
 *
 * @example parseFilter('sex=F;province=35,52') // { sex: ['F'], province: ['35', '52'] }
 * @throws CliUsageError naming the part that is not `COL=V[,V…]`
 */
export function parseFilter(expression: string | undefined): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  if (expression === undefined || expression.trim() === '') return out;
  for (const part of expression.split(';')) {
    if (part.trim() === '') continue;
    const eq = part.indexOf('=');
    const column = part.slice(0, eq).trim();
    const values = part
      .slice(eq + 1)
      .split(',')
      .map((v) => v.trim())
      .filter((v) => v !== '');
    if (eq <= 0 || column === '' || values.length === 0) {
      throw new CliUsageError(
        `invalid --filter part ${JSON.stringify(part)}: expected COL=V1[,V2…], parts separated by ;`,
      );
    }
    if (out[column])
      throw new CliUsageError(`invalid --filter: column ${JSON.stringify(column)} appears twice`);
    out[column] = values;
  }
  return out;
}
