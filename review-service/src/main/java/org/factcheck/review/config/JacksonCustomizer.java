package org.factcheck.review.config;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.factcheck.web.StrictJson;

import io.quarkus.jackson.ObjectMapperCustomizer;

/** Strict input: a field of the wrong JSON type is a 400 malformed-json problem, not silently coerced. */
@Singleton
public class JacksonCustomizer implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        StrictJson.apply(mapper);
    }
}
