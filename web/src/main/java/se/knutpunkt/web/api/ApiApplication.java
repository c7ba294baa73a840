package se.knutpunkt.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The public REST API: {@code /knutpunkt/api/v1}. The contract is API.md. */
@ApplicationPath("/api/v1")
public class ApiApplication extends Application {}
