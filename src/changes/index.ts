export {changes, manifest, MANIFEST, readManifest, type Manifest} from "./manifest";
