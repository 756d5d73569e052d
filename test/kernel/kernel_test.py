"""The project's kernel against the Jupyter project's own conformance suite (jupyter_kernel_test), then the
behaviour this project adds, both on a running kernel process speaking the real protocol.

Run by `npm run test:kernel` (part of `npm test`), which builds and registers the kernel spec in .jupyter/
first. Prints each test with its result or its skip reason, then "N passed, N failed, N skipped" for CI.
"""

import os
import sys
import unittest

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
# Kernel specs, connection files and config in the project's .jupyter/, as npm run notebooks keeps them.
for name, folder in (("JUPYTER_PATH", "share/jupyter"), ("JUPYTER_DATA_DIR", "data"), ("JUPYTER_CONFIG_DIR", "config"), ("JUPYTER_RUNTIME_DIR", "runtime")):
    os.environ[name] = os.path.join(ROOT, ".jupyter", *folder.split("/"))
os.environ.setdefault("TZ", "UTC")

try:
    import jupyter_kernel_test  # noqa: E402
    from jupyter_client.manager import start_new_kernel  # noqa: E402
except ImportError as missing:
    # A laptop without Jupyter's test suite skips it, saying so; CI installs it and fails without it.
    if os.environ.get("CI"):
        raise
    print(f"kernel conformance skipped: {missing.name} is not installed (Debian: python3-jupyter-kernel-test jupyter-client)")
    sys.exit(0)

TIMEOUT = 60


def start(cls):
    # In notebooks/, as a notebook's kernel: "../dist" is the library, "../data" the bundled results.
    cls.km, cls.kc = start_new_kernel(kernel_name="tslab", cwd=os.path.join(ROOT, "notebooks"), startup_timeout=TIMEOUT)


class ConformanceTest(jupyter_kernel_test.KernelTests):
    """jupyter_kernel_test's KernelTests, with this kernel's samples."""

    kernel_name = "tslab"
    language_name = "typescript"
    file_extension = ".ts"

    @classmethod
    def setUpClass(cls):
        start(cls)

    code_hello_world = 'console.log("hello, world")'
    code_stderr = 'console.error("to stderr")'
    code_generate_error = 'throw new Error("boom")'
    code_execute_result = [
        {"code": "1 + 2", "result": "3"},
        {"code": '"ab".repeat(2)', "result": "'abab'"},
        {"code": "[1, 2].map((x) => x * 10)", "result": "[ 10, 20 ]"},
        {"code": 'import pl from "nodejs-polars";\npl.DataFrame({a: [1, 2]})', "mime": "text/html"},
    ]
    code_display_data = [
        {"code": 'import {showFrame} from "../dist";\nimport pl from "nodejs-polars";\nshowFrame(pl.DataFrame({a: [1]}))', "mime": "text/html"},
        {"code": 'import * as tslab from "tslab";\ntslab.display.markdown("**bold**")', "mime": "text/markdown"},
    ]
    completion_samples = [
        {"text": "Math.flo", "matches": {"floor"}},
        # The library's names, as a notebook imports them.
        {"text": 'import * as bench from "../dist";\nbench.analyseF', "matches": {"analyseFile"}},
        {"text": 'import {analyseFile, throughputChart} from "../dist";\nthroughputC', "matches": {"throughputChart"}},
    ]
    complete_code_samples = ["1 + 2", 'console.log("x");', "const x = 1;", "function f() {\n  return 1;\n}", "await Promise.resolve(1)"]
    incomplete_code_samples = ["foo(1,", "if (x) {", "const a = [1, 2", "`abc", "/* a comment", "const f = (a: number"]
    invalid_code_samples = ["}", ")", "1 +* 2", 'const s = "abc', "foo())"]
    code_inspect_sample = "Math.max"
    code_history_pattern = "1 + *"
    supported_history_operations = ("tail", "range", "search")

    def test_pager(self):
        self.skipTest("no pager payloads: help is inspect_request (Shift+Tab), as tslab answers it")

    def test_clear_output(self):
        self.skipTest("no clear_output: tslab's display API has no way to ask for it")


class BenchKernelTest(unittest.TestCase):
    """What this project's kernel adds, on the real protocol: rich values, one-line errors, inspect in a call."""

    @classmethod
    def setUpClass(cls):
        start(cls)
        cls.run_cell('import {analyseFile, throughputChart, throughputFigure} from "../dist";')

    @classmethod
    def tearDownClass(cls):
        cls.kc.stop_channels()
        cls.km.shutdown_kernel()

    @classmethod
    def run_cell(cls, code):
        msg_id = cls.kc.execute(code)
        while True:
            reply = cls.kc.get_shell_msg(timeout=TIMEOUT)
            if reply["parent_header"].get("msg_id") == msg_id:
                break
        outputs = []
        while True:
            msg = cls.kc.get_iopub_msg(timeout=TIMEOUT)
            if msg["parent_header"].get("msg_id") != msg_id:
                continue
            if msg["msg_type"] == "status" and msg["content"]["execution_state"] == "idle":
                break
            if msg["msg_type"] not in ("status", "execute_input"):
                outputs.append(msg)
        return reply["content"], outputs

    def only_output(self, code, msg_type):
        reply, outputs = self.run_cell(code)
        self.assertEqual([m["msg_type"] for m in outputs], [msg_type], outputs)
        return reply, outputs[0]["content"]

    def test_summary_is_an_html_table_of_every_row_and_column(self):
        reply, result = self.only_output('analyseFile("../data/All Experiments.txt").summary', "execute_result")
        self.assertEqual(reply["status"], "ok")
        self.assertEqual(result["execution_count"], reply["execution_count"])
        html = result["data"]["text/html"]
        self.assertIn("shape: (22, 10)", html)
        self.assertEqual(html.count("<tr>"), 2 + 22)
        self.assertIn("<th align=\"right\">avg_sample_persec</th>", html)
        self.assertNotIn("…", html)
        self.assertTrue(result["data"]["text/plain"].startswith("shape: (22, 10)\nexperiment"))

    def test_a_chart_shows_svg_and_png_without_a_document_or_helper(self):
        reply, result = self.only_output('throughputChart(analyseFile("../data/All Experiments.txt").summary)', "execute_result")
        data = result["data"]
        self.assertTrue(data["image/svg+xml"].startswith("<svg"))
        self.assertTrue(data["image/png"].startswith("iVBORw0KGgo"))
        self.assertEqual(data["text/plain"], "Average Throughput per Experiment (MB/s)")
        self.assertEqual(result["metadata"]["image/png"], {"width": 768, "height": 672})

    def test_a_figure_shows_live_plotly_over_its_png(self):
        _, result = self.only_output('throughputFigure(analyseFile("../data/All Experiments.txt").summary)', "execute_result")
        data = result["data"]
        self.assertEqual(set(data), {"application/vnd.plotly.v1+json", "text/html", "image/png", "text/plain"})
        self.assertIn('class="bench-plotly"', data["text/html"])
        self.assertIn("https://cdn.plot.ly/plotly-", data["text/html"])

    def test_the_analysis_shows_an_overview_not_every_frame(self):
        _, result = self.only_output('analyseFile("../data/All Experiments.txt")', "execute_result")
        text = result["data"]["text/plain"]
        self.assertTrue(text.startswith("Analysis: 3,410 runs read, 3,410 runs kept, 22 experiments, 0 warnings"), text)
        self.assertLess(len(text.splitlines()), 10)
        self.assertIn("<table>", result["data"]["text/html"])

    def test_a_missing_data_file_is_one_line(self):
        reply, error = self.only_output('analyseFile("../data/missing.txt")', "error")
        self.assertEqual(reply["status"], "error")
        self.assertEqual((error["ename"], error["evalue"]), ("ResultsError", "../data/missing.txt: cannot read: no such file"))
        self.assertEqual(error["traceback"], ["ResultsError: ../data/missing.txt: cannot read: no such file"])
        self.assertEqual((reply["ename"], reply["evalue"], reply["traceback"]), (error["ename"], error["evalue"], error["traceback"]))

    def test_other_errors_keep_their_stack_without_the_kernel_frames(self):
        _, error = self.only_output('function inner() { return (null as any).x; }\ninner();', "error")
        self.assertEqual(error["ename"], "TypeError")
        self.assertRegex(error["traceback"][1], r"^\s+at inner \(")
        for line in error["traceback"]:
            self.assertNotRegex(line, r"tslab|dist/kernel|node:")

    def test_a_type_error_is_a_compile_error_with_its_place(self):
        _, error = self.only_output("const n: number = 'text';", "error")
        self.assertEqual(error["ename"], "CompileError")
        self.assertRegex(error["evalue"], r"^1:7 - Type 'string' is not assignable to type 'number'")

    def test_inspect_inside_a_call_shows_the_signature_and_doc(self):
        code = 'analyseFile("../data/All'
        msg_id = self.kc.inspect(code, len(code))
        reply = self.kc.get_shell_msg(timeout=TIMEOUT)
        self.assertEqual(reply["parent_header"]["msg_id"], msg_id)
        self.assertTrue(reply["content"]["found"])
        text = reply["content"]["data"]["text/plain"]
        self.assertRegex(text, r"^\(alias\) analyseFile\(path: string, .*\): Analysis\n")
        self.assertIn("Reads a results file", text)

    def test_a_last_value_of_null_or_undefined_shows_nothing(self):
        reply, outputs = self.run_cell("undefined")
        self.assertEqual((reply["status"], outputs), ("ok", []))

    def test_after_an_error_cells_already_sent_are_aborted(self):
        first = self.kc.execute('throw new Error("stop")')
        second = self.kc.execute("1 + 1")
        replies = {}
        while len(replies) < 2:
            msg = self.kc.get_shell_msg(timeout=TIMEOUT)
            replies[msg["parent_header"].get("msg_id")] = msg["content"]["status"]
        self.assertEqual((replies[first], replies[second]), ("error", "aborted"))
        self.assertEqual(self.run_cell("2 + 2")[0]["status"], "ok")


class Result(unittest.TextTestResult):
    def addSubTest(self, test, subtest, outcome):
        super().addSubTest(test, subtest, outcome)
        if outcome is not None:
            self.stream.writeln(f"  subtest {subtest._subDescription()} failed")


def main():
    suite = unittest.TestSuite()
    loader = unittest.defaultTestLoader
    for case in (ConformanceTest, BenchKernelTest):
        suite.addTests(loader.loadTestsFromTestCase(case))
    result = unittest.TextTestRunner(stream=sys.stdout, verbosity=2, resultclass=Result).run(suite)
    failed = len(result.failures) + len(result.errors) + len(result.unexpectedSuccesses)
    skipped = len(result.skipped)
    passed = result.testsRun - failed - skipped
    print(f"{passed} passed, {failed} failed, {skipped} skipped")
    return 1 if failed or passed == 0 else 0


if __name__ == "__main__":
    sys.exit(main())
