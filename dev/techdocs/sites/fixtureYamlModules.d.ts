// The dev server (yml-loader) and jest (the CLI's YAML transform) both turn
// `.yaml` imports into parsed values. Their shape is checked at runtime by
// `parseFixtureSite`, so they are typed as `unknown` here. The patterns are
// narrow on purpose, to not clash with a general `*.yaml` declaration.

declare module '*/catalog-info.yaml' {
  const value: unknown;
  export default value;
}

declare module '*/mkdocs.yaml' {
  const value: unknown;
  export default value;
}

declare module '*/docs.yaml' {
  const value: unknown;
  export default value;
}
