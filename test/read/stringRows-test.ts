import {expect} from "chai";
import pl from "nodejs-polars";
import {ColumnRows, STRING_COLUMNS} from "../../src/read/columnRows";
import {COLUMNS, RunKeys} from "../../src/read/runKeys";
import {stringRows} from "../../src/read/stringRows";
import {SPANS, vouchRun} from "../../src/read/vouchRun";

describe("stringRows(csv)", () => {
  it("decodes ColumnRows' string rows as polars reads them: quoted text as it stands, empty fields null", () => {
    const rows = new ColumnRows(16, 1);
    for (const line of [
      '{"device": "cpu", "data_path": "25MB/a,b.tar", "result_path": "r/1.json"}',
      '{"device": "", "data_path": "no-slash", "result_path": null}',
      '{"device": "日本 \u2028 é", "data_path": "/lead", "batch_size": 3}',
      "{}",
    ]) {
      const b = Buffer.from(line + "\0"), keys = new RunKeys(), spans = new Int32Array(SPANS), values = new Float64Array(COLUMNS.length);
      keys.startBlock(b, b.length - 1);
      expect(vouchRun(b, 0, keys, spans, values), line).to.equal(b.length - 1);
      rows.startBlock(b);
      rows.add(Buffer.from("Experiment12"), b, 0, b.length - 1, spans, values);
    }
    const csv = rows.parts().strings;
    const schema = Object.fromEntries(["experiment", "partition", ...STRING_COLUMNS].map((name) => [name, pl.Utf8]));
    const polars = pl.readCSV(Buffer.from(csv), {hasHeader: false, schema, sep: ",", quoteChar: '"', missingIsNull: true});
    expect(stringRows(csv).toRecords()).to.deep.equal(polars.toRecords());
    expect(stringRows(csv).toRecords().map((r) => [r.partition, r.device])).to.deep.equal([["25MB", "cpu"], ["no-slash", ""], ["", "日本 \u2028 é"], [null, null]]);
  });
});
