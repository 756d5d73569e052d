export {SyncWorker} from "./syncWorker";
