// The annotation keywords that editors read from hpoconf's schemas (src/schema/hints.rs) and
// that Ajv's strict mode does not know: declared here so that strict mode still rejects any
// other unknown keyword. They do not change what validates.
module.exports = (ajv) => {
  for (const keyword of [
    'markdownDescription', // VS Code, yaml-language-server: Markdown hover text
    'enumDescriptions', // VS Code: one description per enum value
    'markdownEnumDescriptions', // VS Code, yaml-language-server
    'doNotSuggest', // VS Code, yaml-language-server: accepted, not completed
    'errorMessage', // yaml-language-server: the message when the value does not match
    'patternErrorMessage', // VS Code: the message when a pattern does not match
  ]) {
    ajv.addKeyword(keyword);
  }
  return ajv;
};
