// Entry of the swagger-parser bundle (npm run build:vendor): see core/spec/swaggerParser.ts for why.
module.exports = require('@apidevtools/swagger-parser');
