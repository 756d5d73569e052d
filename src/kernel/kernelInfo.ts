/**
 * The kernel_info_reply: tslab's language_info unchanged (notebooks record it in their metadata, so a new value
 * would change every committed notebook), with the status the protocol asks for.
 */
export function kernelInfo(tslabVersion: string) {
  return {
    status: "ok",
    protocol_version: "5.3",
    implementation: "tslab",
    implementation_version: tslabVersion,
    language_info: {
      name: "typescript",
      version: "3.7.2",
      mimetype: "text/typescript",
      file_extension: ".ts",
      codemirror_mode: {mode: "typescript", name: "javascript", typescript: true}
    },
    banner: `TypeScript (tslab ${tslabVersion}, bench-analysis kernel)`,
    help_links: []
  };
}
