// The analysis API a notebook or script needs, one line per name. Everything else is the library's plumbing,
// importable by path from src/ but not promised. The Step Functions model has its own entry: bench-analysis/workflow.
// test/index-test.ts pins this list: a change here is a change of the API.

// Read and analyse
export {analyseFile} from "./analyse"; // a results file or folder → runs, summary, partition table (block by block, any layout)
export {analyse} from "./analyse"; // the same from parsed results
export type {Analysis, AnalyseOptions} from "./analyse"; // what both return; analyseFile's options (prices, threads, progress)
export {readResults} from "./read"; // a results file or folder → parsed sections, with the exact parser
export {parseExperiments, type ParsedResults} from "./parse"; // results text → parsed sections (pure)
export {ResultsError} from "./parse"; // bad input: one line naming the file, experiment and line
export {cleanRuns, type Runs} from "./clean"; // parsed sections → the typed runs frame and what was coerced

// Tables
export {experimentSummary} from "./aggregate"; // per experiment: prefix, file limit, runs, the seed's averages
export {partitionCostTable, PARTITION_COSTS} from "./cost"; // per partition: requests, duration, memory, cost; the seed's cost lookup
export {partitionUnitCosts, cheapestPartitions} from "./cost"; // cost per MB and per 1k samples; the cheapest partition by each
export {partitionText} from "./format"; // the partition table printed as the seed printed it

// Cost
export {readPrices, type PriceModel} from "./cost"; // a bundled preset ("lambda-arm64", "fargate-x86", …) or a price file
export {runCosts} from "./cost"; // one row per run: what it costs under a price model
export {costWhatIf} from "./cost"; // the runs priced at other memory sizes, per size and partition
export {priceNotes} from "./cost"; // what a price model assumes, in sentences

// Data quality
export {qualityChecks} from "./quality"; // every check below in one frame of findings (the command's quality.md)
export {identicalAverages, identicalRunLists} from "./quality"; // experiments whose averages, or whose runs, are the same
export {prefixMismatch, impossibleValues, missingValues} from "./quality"; // runs off their experiment's prefix, impossible values, nulls
export {findingsFrame, type Finding} from "./quality"; // findings as a frame

// Statistics
export {runStatistics} from "./stats"; // per group and metric: n, mean, median, their 95% intervals, spread, outliers
export {compareGroups, type CompareOptions} from "./stats"; // groups against a baseline, all pairs or steps: tests, deltas, verdicts
export {alikeGroups} from "./stats"; // from all pairs: the groups no test tells apart
export {summaryIntervals} from "./stats"; // the summary with each average's 95% interval
export {metric, METRICS, type Metric} from "./stats"; // the metrics compared by default, and one by column name
export {ALL_PAIRS_LIMIT} from "./stats"; // more groups than this: all pairs fall back to baseline mode
export {comparisonMarkdown} from "./format"; // a comparison as benchstat's compact Markdown table

// Charts (Observable Plot: SVG, and PNG in notebooks)
export {throughputChart} from "./charts"; // average throughput per experiment, bars
export {executionVsSamplesChart} from "./charts"; // time per batch against samples per second, scatter
export {cpuTimeChart} from "./charts"; // average CPU time per experiment, a line
export {distributionChart} from "./charts"; // boxes of each experiment's run CPU times
export {scalingChart} from "./charts"; // CPU time and memory against partition size, relative to the smallest
export {costWhatIfChart} from "./charts"; // cost per run against memory size, a line per partition
export {intervalChart, deltaChart} from "./charts"; // intervals per group; deltas against the baseline
export type {ChartOptions, CompareChartOptions} from "./charts"; // their options ({document, maxRows, …})
export {chartDocument} from "./charts"; // a jsdom document to draw in
export {svgString} from "./charts"; // a chart as a standalone SVG
export {pngBuffer, type PngOptions} from "./charts"; // an SVG as a PNG (300 dpi, fonts bundled)

// Figures (plotly: hover, zoom), the same charts
export {throughputFigure, executionVsSamplesFigure, cpuTimeFigure} from "./charts";
export {distributionFigure, scalingFigure, costWhatIfFigure} from "./charts";
export {intervalFigure, deltaFigure} from "./charts";
export type {Figure, FigureOptions} from "./charts"; // a plotly figure; its options ({maxRows, …})
export {chartsPage} from "./charts"; // figures as one self-contained HTML page (works offline)

// In a notebook (a cell's last value shows rich by itself; these add options or show mid-cell)
export {showFrame, type FrameOptions} from "./notebook"; // a frame as an HTML table ({head, tail, digits, format})
export {showPlot} from "./notebook"; // a chart as SVG + PNG
export {showPlotly} from "./notebook"; // a figure, live over its PNG
export {plotlyNotebookMode} from "./notebook"; // plotly.js from its CDN (default) or sent into the notebook
export {notebookChanges} from "./notebook"; // what changed in the data since the notebook last ran
export {manifest} from "./changes"; // what a run read and wrote, as the command's manifest.json

// The seed analysis
export {compareWithSeed} from "./reconstruct"; // every value of the seed's summary beside ours
export {seedAgreement} from "./reconstruct"; // whether all of them match
