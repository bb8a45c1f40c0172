// Entry of the swagger-parser bundle (npm run build:vendor): see conformance/spec/swaggerParser.ts for why.
module.exports = require('@apidevtools/swagger-parser');
