package org.factcheck.engine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.factcheck.engine.support.Engine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractCliTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    record Result(int code, String out, String err) {
        List<JsonNode> lines() {
            return out.lines().map(l -> {
                try {
                    return JSON.readTree(l);
                } catch (IOException e) {
                    throw new AssertionError("not JSON: " + l, e);
                }
            }).toList();
        }
    }

    private static Result run(String stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = ExtractCli.run(args, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                Engine.engine());
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void readsStdinAsOneDocument() {
        Result r = run("Its 7,600-kilometer border is long.\nRents rose 5% in 2023.");
        assertThat(r.code()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.lines()).hasSize(1);
        JsonNode doc = r.lines().get(0);
        assertThat(doc.get("sentences")).hasSize(2);
        JsonNode q = doc.get("claims").get(0).get("quantities").get(0);
        assertThat(q.get("value").isIntegralNumber()).isTrue();
        assertThat(r.out()).contains("\"value\":7600,").doesNotContain("7600.0");
        assertThat(q.get("unit").asText()).isEqualTo("km");
        assertThat(q.get("start").asInt()).isEqualTo(4);
        assertThat(q.get("end").asInt()).isEqualTo(19);
        assertThat(q.get("low").isNull()).isTrue();
        assertThat(q.get("per").isNull()).isTrue();
    }

    @Test
    void writesTheContractFieldsInOrder() {
        Result r = run("According to official data, exports rose 5% in 2023, the third-highest rise in Europe.");
        JsonNode claim = r.lines().get(0).get("claims").get(0);
        assertThat(claim.fieldNames()).toIterable().containsSubsequence("type", "sentence", "start", "end", "text",
                "checkworthiness", "reasons", "quantities", "rankings", "time", "attribution");
        assertThat(claim.get("quantities").get(0).fieldNames()).toIterable().containsSubsequence("start", "end",
                "text", "value", "unit", "qualifier", "low", "high", "per");
        assertThat(claim.get("rankings").get(0).fieldNames()).toIterable().contains("position", "after");
        assertThat(claim.get("time").get(0).get("from").asText()).isEqualTo("2023");
        assertThat(claim.get("time").get(0).get("to").asText()).isEqualTo("2023");
        assertThat(claim.get("attribution").get("source").asText()).isEqualTo("official data");
        assertThat(claim.get("sentence").asInt()).isZero();
    }

    @Test
    void dashReadsStdin() {
        Result r = run("Prices fell 3%.", "-");
        assertThat(r.lines()).hasSize(1);
        assertThat(r.lines().get(0).get("claims")).hasSize(1);
    }

    @Test
    void linesModeGivesOneObjectPerLineIncludingEmptyLines() {
        Result r = run("Prices fell 3%.\n\nThe sky is blue.\nAbout 40 people died.\n", "--lines");
        List<JsonNode> lines = r.lines();
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0).get("claims")).hasSize(1);
        assertThat(lines.get(1).get("sentences")).isEmpty();
        assertThat(lines.get(1).get("claims")).isEmpty();
        assertThat(lines.get(3).get("claims").get(0).get("quantities").get(0).get("value").asInt()).isEqualTo(40);
        assertThat(lines.get(3).get("claims").get(0).get("start").asInt()).isZero();
    }

    @Test
    void filesAreDocumentsInTheOrderGiven() throws IOException {
        Path a = Files.writeString(dir.resolve("a.txt"), "Alpha rose 1%.", StandardCharsets.UTF_8);
        Path b = Files.writeString(dir.resolve("b.txt"), "Beta rose 2%.\nGamma rose 3%.", StandardCharsets.UTF_8);
        Result r = run("", b.toString(), a.toString());
        assertThat(r.lines()).hasSize(2);
        assertThat(r.lines().get(0).get("sentences")).hasSize(2);
        assertThat(r.lines().get(0).get("sentences").get(0).get("text").asText()).isEqualTo("Beta rose 2%.");
        assertThat(r.lines().get(1).get("sentences").get(0).get("text").asText()).isEqualTo("Alpha rose 1%.");
    }

    @Test
    void linesModeOverFilesKeepsFileThenLineOrder() throws IOException {
        Path a = Files.writeString(dir.resolve("a.txt"), "One rose 1%.\nTwo rose 2%.", StandardCharsets.UTF_8);
        Path b = Files.writeString(dir.resolve("b.txt"), "Three rose 3%.\n", StandardCharsets.UTF_8);
        Result r = run("", "--lines", a.toString(), b.toString());
        assertThat(r.lines()).extracting(l -> l.get("sentences").get(0).get("text").asText())
                .containsExactly("One rose 1%.", "Two rose 2%.", "Three rose 3%.");
    }

    @Test
    void manyLinesComeOutInInputOrder() {
        StringBuilder in = new StringBuilder();
        for (int i = 1; i <= 400; i++) {
            in.append(i % 7 == 0 ? "" : "Item " + "x".repeat(i % 13) + " costs $" + i + ".").append('\n');
        }
        List<JsonNode> lines = run(in.toString(), "--lines").lines();
        assertThat(lines).hasSize(400);
        for (int i = 1; i <= 400; i++) {
            JsonNode claims = lines.get(i - 1).get("claims");
            if (i % 7 == 0) {
                assertThat(claims).isEmpty();
            } else {
                assertThat(claims.get(0).get("quantities").get(0).get("value").asInt()).isEqualTo(i);
            }
        }
    }

    @Test
    void aMissingFileExitsWithTwoAndOneLine() {
        Result r = run("", dir.resolve("nope.txt").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().strip()).contains("nope.txt").doesNotContain("\n");
    }

    @Test
    void anUnknownOptionExitsWithTwo() {
        assertThat(run("", "--bogus").code()).isEqualTo(2);
    }

    @Test
    void readsUtf8() {
        Result r = run("Der Preis stieg um 5% auf 12 € – «très cher», sagte Schröder.");
        assertThat(r.lines().get(0).get("sentences").get(0).get("text").asText()).contains("Schröder");
    }
}
