// swagger-parser's validation (schema and references) of one OpenAPI document; exit 1 with the reason if it is invalid.
const SwaggerParser = require('@apidevtools/swagger-parser');

SwaggerParser.validate(process.argv[2]).then(
    api => console.log(`swagger-parser: ${api.info.title} ${api.info.version} is valid`),
    error => {
        console.error(`swagger-parser: ${error.message}`);
        process.exit(1);
    });
