import {readPrices, UnknownPreset, type PriceModel} from "../cost";
import {UsageError} from "./args";

/** The price model `--prices` names: an unknown preset is a usage error (exit 2), a bad price file bad input (exit 1). */
export function loadPrices(spec: string): PriceModel {
  try {
    return readPrices(spec);
  } catch (error) {
    if (error instanceof UnknownPreset) throw new UsageError(error.message, {cause: error});
    throw error;
  }
}
