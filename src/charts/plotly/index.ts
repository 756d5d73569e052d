export {throughputFigure} from "./throughput";
export {executionVsSamplesFigure} from "./execution-vs-samples";
export {cpuTimeFigure} from "./cpu-time";
export {distributionFigure} from "./distribution";
export {scalingFigure} from "./scaling";
export {chartsPage, type PageOptions} from "./page";
export {plotlyText, type Figure, type FigureOptions} from "./figure";
export {intervalFigure} from "./interval";
export {deltaFigure} from "./delta";
