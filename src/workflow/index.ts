// bench-analysis/workflow: the Step Functions batch that produced the runs, rebuilt, checked offline and replayed
// against mocked Lambdas (no AWS account). One line per name; test/index-test.ts pins the list.

// The batch: plans and jobs
export {planForJobs} from "./planForJobs"; // the plan that makes n jobs from prefixes and file limits
export {defaultPlan} from "./defaultPlan"; // the seed's 240-job batch
export {checkPlan} from "./checkPlan"; // throws on the first rule a plan breaks
export {buildJobs} from "./buildJobs"; // a plan's job list, one experiment per prefix and file limit
export {jobFields, type Job, type Plan} from "./types"; // the fields a worker reads; a job; a plan

// Definitions (Amazon States Language)
export {workflowDefinition, type WorkflowOptions} from "./workflowDefinition"; // the corrected batch workflow
export {defaultFunctions} from "./defaultFunctions"; // the Lambda names used when none are given
export {seedDefinitions, type SeedDefinitions} from "./seedDefinitions"; // the seed's failed definition and its two repairs
export {definitionChanges} from "./definitionChanges"; // what differs between two definitions, a line per field
export type {Definition, Json, JsonObject, WorkflowFunctions} from "./types"; // a definition, JSON values, the Lambda names

// Checks, offline
export {checkWorkflow} from "./checkWorkflow"; // every check below, on a sample run: an empty list means it passed
export {validateDefinition} from "./validateDefinition"; // asl-validator: schema, JSONPath syntax, transitions
export {contextPathProblems} from "./contextPathProblems"; // $$.Map.Item outside an ItemSelector
export {itemsPathProblems} from "./itemsPathProblems"; // an ItemsPath that selects no array
export {workerPayloadProblems} from "./workerPayloadProblems"; // a worker payload that is not one job
export {formatProblem} from "./formatProblem"; // a problem as one line: place: problem: value
export type {WorkflowProblem} from "./types"; // a problem found: place, problem, value

// Replays against mocked Lambdas (aws-local-stepfunctions)
export {replayWorkflow, type ReplayOutcome} from "./replayWorkflow"; // validate, then run every job
export {replaySeed, type SeedReplay} from "./replaySeed"; // the seed's story: broken, fixes as written, corrected
export {traceWorkflow, type RunFailure, type WorkflowTrace} from "./traceWorkflow"; // one run, with what each state received
export {mockLambdas, type StoredRun} from "./mockLambdas"; // init and worker as the Python ones behave; a stored run
export type {MockLambda} from "./types"; // a mocked Lambda
export {LambdaError} from "./lambdaError"; // an error a mocked Lambda raised (KeyError, TypeError)
export {formatOutcome} from "./formatOutcome"; // a replay's outcome as one line
export {describeFailure} from "./describeFailure"; // a failure as one line
export {describeShape} from "./describeShape"; // a value's shape in short: {body: array(240)}
export {collateRuns} from "./collateRuns"; // stored runs → the text of a results file the analysis reads
