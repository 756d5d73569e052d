import type * as PlotModule from "@observablehq/plot";
import {lazy} from "../lazy";

/** Observable Plot, loaded when a chart is first drawn; chart modules import it from here, not from the package. */
export const Plot: typeof PlotModule = lazy(() => require("@observablehq/plot") as typeof PlotModule);
