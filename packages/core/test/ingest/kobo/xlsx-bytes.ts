import writeExcelFile from 'write-excel-file/universal';

/** Writes sheets of strings (null = empty cell) to XLSX bytes, for tests. */
export async function xlsxBytes(sheets: { sheet: string; data: (string | null)[][] }[]): Promise<Uint8Array> {
  const blob = await writeExcelFile(sheets).toBlob();
  return new Uint8Array(await blob.arrayBuffer());
}
