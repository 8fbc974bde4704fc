# The API image for docker compose. It talks to the neo4j service (NEO4J_URI),
# so it needs neither Java nor the local Neo4j.
FROM node:20-slim
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
EXPOSE 4000
CMD ["npm", "start"]
