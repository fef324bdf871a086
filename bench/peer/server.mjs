// The peer of newsgraph's benchmark: the same Neo4j database served through
// the Neo4j GraphQL Library (@neo4j/graphql) on Apollo Server, the way its
// documentation sets it up. The type definitions describe newsgraph's Neo4j
// model as it is stored (labels, relationship types, properties), so the
// library generates its Cypher over exactly the data newsgraph reads.
//
//   NEO4J_URI=bolt://127.0.0.1:7687 node server.mjs     # prints {"url": ...}
//   PRINT_SCHEMA=1 node server.mjs                       # prints the generated SDL and exits
//
// Queries the library cannot generate (a subgraph around a node, a shortest
// path) are @cypher fields with hand-written Cypher, which is what the
// library offers for them.
import { ApolloServer } from "@apollo/server";
import { startStandaloneServer } from "@apollo/server/standalone";
import { Neo4jGraphQL } from "@neo4j/graphql";
import { printSchema } from "graphql";
import neo4j from "neo4j-driver";

const typeDefs = /* GraphQL */ `
  interface Entity {
    id: ID!
    name: String
  }

  type Person implements Entity
    @node
    @fulltext(indexes: [{ indexName: "search_person", fields: ["name", "aliasText"], queryName: "peopleFulltext" }]) {
    id: ID!
    name: String
    aliases: [String!]
    aliasText: String
    attended: [Meeting!]! @relationship(type: "ATTENDED", direction: OUT)
    countries: [Country!]! @relationship(type: "AFFILIATED_WITH", direction: OUT, properties: "Affiliation")
    organizations: [Organization!]! @relationship(type: "AFFILIATED_WITH", direction: OUT, properties: "Affiliation")
    mentionedIn: [Article!]! @relationship(type: "MENTIONS", direction: IN)
  }

  type Affiliation @relationshipProperties {
    key: String
    since: String
    until: String
    articles: [String!]
    sentences: [String!]
  }

  type Evidence @relationshipProperties {
    articles: [String!]
    sentences: [String!]
  }

  type Country implements Entity
    @node
    @fulltext(indexes: [{ indexName: "search_country", fields: ["name", "aliasText"], queryName: "countriesFulltext" }]) {
    id: ID!
    name: String
    code: String
    aliases: [String!]
    aliasText: String
    officials: [Person!]! @relationship(type: "AFFILIATED_WITH", direction: IN, properties: "Affiliation")
    places: [Place!]! @relationship(type: "IN", direction: IN)
  }

  type Organization implements Entity
    @node
    @fulltext(indexes: [{ indexName: "search_organization", fields: ["name", "aliasText"], queryName: "organizationsFulltext" }]) {
    id: ID!
    name: String
    short: String
    aliases: [String!]
    aliasText: String
    officials: [Person!]! @relationship(type: "AFFILIATED_WITH", direction: IN, properties: "Affiliation")
  }

  type Place implements Entity
    @node
    @fulltext(indexes: [{ indexName: "search_place", fields: ["name", "aliasText"], queryName: "placesFulltext" }]) {
    id: ID!
    name: String
    aliases: [String!]
    aliasText: String
    country: [Country!]! @relationship(type: "IN", direction: OUT)
  }

  type Issue implements Entity
    @node
    @fulltext(indexes: [{ indexName: "search_issue", fields: ["name", "aliasText"], queryName: "issuesFulltext" }]) {
    id: ID!
    name: String
    aliases: [String!]
    aliasText: String
  }

  type Meeting implements Entity @node {
    id: ID!
    name: String
    kind: String
    date: String
    status: String
    participants: [Person!]! @relationship(type: "ATTENDED", direction: IN)
    place: [Place!]! @relationship(type: "HELD_IN", direction: OUT)
    issues: [Issue!]! @relationship(type: "DISCUSSED", direction: OUT)
    reportedBy: [Article!]! @relationship(type: "REPORTS", direction: IN, properties: "Evidence")
  }

  type Article implements Entity
    @node
    @fulltext(indexes: [{ indexName: "search_article", fields: ["name", "title", "text"], queryName: "articlesFulltext" }]) {
    id: ID!
    name: String
    title: String
    date: String
    url: String
    source: String
    text: String
    reports: [Meeting!]! @relationship(type: "REPORTS", direction: OUT, properties: "Evidence")
  }

  # Hand-written Cypher for what the library does not generate: the
  # library's answer to graph algorithms is an @cypher field. Nodes are
  # matched by label and id, so these use the same uniqueness indexes that
  # newsgraph's queries use. A graph comes back as one list of elements:
  # nodes (id, name, label) and edges (id, source, target, label = type).
  type GraphElement {
    id: ID!
    name: String
    label: String
    source: ID
    target: ID
  }

  type Query {
    """
    The shortest path between two people along edges in either direction,
    at most 4 edges, only through people and meetings (newsgraph's rule:
    countries, organizations, places, issues and articles are hubs): its
    nodes, then its edges. SHORTEST with the label test inside the
    pattern, so that Neo4j prunes while it searches.
    """
    shortestPath(from: ID!, to: ID!): [GraphElement!]!
      @cypher(
        statement: """
        MATCH p = SHORTEST 1 (a:Person {id: $from})(()-[]-(x) WHERE x:Person OR x:Meeting){1,4}(b:Person {id: $to})
        UNWIND [n IN nodes(p) | n {.id, .name, label: labels(n)[0]}] +
               [r IN relationships(p) | {id: startNode(r).id + '|' + type(r) + '|' + endNode(r).id,
                                         source: startNode(r).id, target: endNode(r).id, label: type(r)}] AS element
        RETURN element
        """
        columnName: "element"
      )
    """
    The neighbourhood of a person as newsgraph's subgraph walks it at
    depth 2, level by level: its meetings, their participants, places and
    issues, the countries and organizations of those people, then their
    meetings and those meetings' participants; at most 500 nodes, nearest
    first, then the edges among them.
    """
    subgraph(id: ID!): [GraphElement!]!
      @cypher(
        statement: """
        MATCH (c:Person {id: $id})
        CALL (c) { OPTIONAL MATCH (c)-[:ATTENDED]->(m:Meeting) RETURN collect(DISTINCT m) AS m1 }
        CALL (m1) { UNWIND m1 AS m MATCH (m)<-[:ATTENDED]-(p:Person) RETURN collect(DISTINCT p) AS p1 }
        CALL (m1) { UNWIND m1 AS m MATCH (m)-[:HELD_IN|DISCUSSED]->(x) RETURN collect(DISTINCT x) AS leaves }
        CALL (c, p1) { UNWIND [c] + p1 AS p MATCH (p)-[:AFFILIATED_WITH]->(x) RETURN collect(DISTINCT x) AS parties }
        CALL (p1) { UNWIND p1 AS p MATCH (p)-[:ATTENDED]->(m:Meeting) RETURN collect(DISTINCT m) AS m2 }
        CALL (m2) { UNWIND m2 AS m MATCH (m)<-[:ATTENDED]-(p:Person) RETURN collect(DISTINCT p) AS p2 }
        WITH [c] + m1 + p1 + leaves + parties + m2 + p2 AS found
        UNWIND range(0, size(found) - 1) AS i
        WITH found[i] AS n, min(i) AS first
        ORDER BY first
        LIMIT 500
        WITH collect(n) AS ns
        CALL (ns) {
          UNWIND ns AS a
          MATCH (a)-[r]->(b) WHERE b IN ns
          RETURN collect({id: a.id + '|' + type(r) + '|' + b.id, source: a.id, target: b.id, label: type(r)}) AS edges
        }
        UNWIND [n IN ns | n {.id, .name, label: labels(n)[0]}] + edges AS element
        RETURN element
        """
        columnName: "element"
      )
  }
`;

const uri = process.env.NEO4J_URI || "bolt://127.0.0.1:7687";
const user = process.env.NEO4J_USER || "neo4j";
const password = process.env.NEO4J_PASSWORD || "";
const driver = neo4j.driver(uri, password ? neo4j.auth.basic(user, password) : undefined, {
  // The same pool size as the Go driver's default, so neither side is starved.
  maxConnectionPoolSize: 100,
});

const neoSchema = new Neo4jGraphQL({ typeDefs, driver });
const schema = await neoSchema.getSchema();

if (process.env.PRINT_SCHEMA) {
  process.stdout.write(printSchema(schema));
  await driver.close();
  process.exit(0);
}

const server = new ApolloServer({ schema, introspection: true });
const { url } = await startStandaloneServer(server, {
  listen: { host: "127.0.0.1", port: Number(process.env.PORT || 0) },
  context: async () => ({ sessionConfig: { database: process.env.NEO4J_DATABASE || undefined } }),
});
process.stdout.write(JSON.stringify({ url, pid: process.pid }) + "\n");

const stop = async () => {
  await server.stop();
  await driver.close();
  process.exit(0);
};
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
// The harness closes stdin when it is done with the peer.
process.stdin.on("end", stop);
process.stdin.resume();
