export {csv} from "./csv";
export {fixed} from "./fixed";
export {escapeHtml} from "./escapeHtml";
export {escapeMarkdown, markdownTable} from "./markdownTable";
export {partitionMarkdown, summaryMarkdown} from "./summaryMarkdown";
export {partitionText} from "./partitionText";
export {visible} from "./visible";
