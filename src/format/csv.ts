import pl from "nodejs-polars";

/**
 * A frame as CSV text the way pandas writes it: floats at full precision in their shortest exact
 * form (integral floats keep ".0"), nulls as empty fields, fields quoted only when they must be.
 */
export function csv(df: pl.DataFrame): string {
  const columns = df.getColumns().map((series) => {
    const float = series.dtype.equals(pl.Float64) || series.dtype.equals(pl.Float32);
    return (series.toArray() as unknown[]).map((v) => cell(v, float));
  });
  const lines = [df.columns.map(quote).join(",")];
  for (let i = 0; i < df.height; i++) lines.push(columns.map((c) => c[i]).join(","));
  return lines.join("\n") + "\n";
}

function cell(value: unknown, float: boolean): string {
  if (value === null || value === undefined || (typeof value === "number" && Number.isNaN(value))) return "";
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return value > 0 ? "inf" : "-inf";
    return float && Number.isInteger(value) && Math.abs(value) < 1e16 ? value.toFixed(1) : String(value);
  }
  return quote(String(value));
}

function quote(text: string): string {
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
