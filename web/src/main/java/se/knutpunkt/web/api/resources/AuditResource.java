package se.knutpunkt.web.api.resources;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import se.knutpunkt.application.audit.AuditEntryFilter;
import se.knutpunkt.application.audit.AuditExport;
import se.knutpunkt.application.audit.AuditLogService;
import se.knutpunkt.application.audit.CosignatureSubmission;
import se.knutpunkt.application.audit.ServedLeaf;
import se.knutpunkt.security.auditlog.checkpoint.MalformedNoteException;
import se.knutpunkt.security.auditlog.checkpoint.WitnessKey;
import se.knutpunkt.security.auditlog.leaf.AuditLeaf;
import se.knutpunkt.security.auditlog.merkle.MerkleHash;
import se.knutpunkt.security.auditlog.verify.LeafPageFormat;
import se.knutpunkt.security.policy.Subject;
import se.knutpunkt.web.api.json.AuditJson;
import se.knutpunkt.web.api.json.Jsons;
import se.knutpunkt.web.api.problem.ProblemException;
import se.knutpunkt.web.auth.CurrentUser;

/**
 * The verifiable audit log (API.md): checkpoint and verifier key in their C2SP text forms, leaves
 * and RFC 9162 proofs for verifiers, decoded entries for auditors. Thin: every rule is in {@link
 * AuditLogService} and the policy decision point.
 */
@Path("audit")
@ApplicationScoped
public class AuditResource {

  private static final String TEXT = MediaType.TEXT_PLAIN + ";charset=utf-8";
  private static final int BASE64_OF_LARGEST_LEAF = (AuditLeaf.MAX_BYTES + 2) / 3 * 4;
  private static final byte[] LEAF_HASH_OPEN =
      "{\"leafHash\":\"".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] LEAF_HASH_CLOSE = "\"}".getBytes(StandardCharsets.US_ASCII);

  @Inject CurrentUser currentUser;
  @Inject AuditLogService log;

  /**
   * The newest signed checkpoint, or the one of {@code size}, or the newest one the witness key
   * {@code cosignedBy} cosigned; in each case with every witness's cosignature stored for it as
   * extra signature lines (c2sp.org/tlog-cosignature), which verifiers that do not know the witness
   * ignore.
   */
  @GET
  @Path("checkpoint")
  @Produces(TEXT)
  public String checkpoint(
      @QueryParam("size") String size, @QueryParam("cosignedBy") String cosignedBy) {
    Subject reader = currentUser.subject(); // anyone signed in
    Optional<String> witness = text(cosignedBy);
    if (text(size).isPresent() && witness.isPresent()) {
      throw ProblemException.badRequest("cosignedBy", "give size or cosignedBy, not both");
    }
    if (text(size).isPresent()) {
      return log.checkpointCosigned(reader, number("size", size, null)).format();
    }
    if (witness.isPresent()) {
      WitnessKey key;
      try {
        key = WitnessKey.parse(witness.get());
      } catch (MalformedNoteException e) {
        throw ProblemException.badRequest(
            "cosignedBy", "cosignedBy is a witness's verifier key: " + e.getMessage());
      }
      return log.newestCheckpointCosignedBy(reader, key).format();
    }
    return log.newestCheckpointCosigned(reader).format();
  }

  /**
   * A witness's cosignature of one of the log's checkpoints, brought by an auditor (text/plain:
   * {@code witness <verifier key>}, a blank line, the cosigned checkpoint note; see {@link
   * CosignatureSubmission}). 201 with the checkpoint and all its cosignatures when added, 200 when
   * that witness key had already cosigned that size.
   */
  @POST
  @Path("checkpoint/cosignatures")
  @Consumes(MediaType.TEXT_PLAIN)
  @Produces(TEXT)
  public Response addCosignature(String body) {
    AuditLogService.CosignatureAdded result =
        log.addCosignature(currentUser.subject(), CosignatureSubmission.parse(body));
    return Response.status(result.added() ? Response.Status.CREATED : Response.Status.OK)
        .entity(result.checkpoint().format())
        .type(TEXT)
        .build();
  }

  /** Open to anyone, without a token: an outside verifier pins this key. */
  @GET
  @Path("public-key")
  @Produces(TEXT)
  public String publicKey() {
    return log.verifierKey().encoded();
  }

  /**
   * Entries in full within the caller's reach, as their leaf hash outside it: JSON (a base64 string
   * for an entry in full, {@code {"leafHash": base64}} for one outside the reach) or, asked for
   * with {@code Accept: }{@value LeafPageFormat#MEDIA_TYPE}, the binary page verifiers read.
   */
  @GET
  @Path("leaves")
  @Produces({MediaType.APPLICATION_JSON, LeafPageFormat.MEDIA_TYPE})
  public Response leaves(
      @QueryParam("start") String start,
      @QueryParam("end") String end,
      @HeaderParam(HttpHeaders.ACCEPT) String accept) {
    List<ServedLeaf> leaves =
        log.leaves(currentUser.subject(), number("start", start, null), number("end", end, null));
    boolean binary = accept != null && accept.contains(LeafPageFormat.MEDIA_TYPE);
    StreamingOutput body =
        output -> {
          OutputStream out = new BufferedOutputStream(output, 1 << 16);
          if (binary) {
            writeBinary(leaves, out);
          } else {
            writeJson(leaves, out);
          }
          out.flush();
        };
    return Response.ok(body, binary ? LeafPageFormat.MEDIA_TYPE : MediaType.APPLICATION_JSON)
        .build();
  }

  private static void writeBinary(List<ServedLeaf> leaves, OutputStream out) throws IOException {
    for (ServedLeaf leaf : leaves) {
      if (leaf instanceof ServedLeaf.InFull full) {
        LeafPageFormat.writeInFull(out, full.leaf());
      } else if (leaf instanceof ServedLeaf.HashOnly hash) {
        LeafPageFormat.writeHashOnly(out, hash.leafHash());
      }
    }
  }

  private static void writeJson(List<ServedLeaf> leaves, OutputStream out) throws IOException {
    // base64 and JSON punctuation are ASCII: bytes straight out, no String or charset encoder
    Base64.Encoder base64 = Base64.getEncoder();
    byte[] text = new byte[BASE64_OF_LARGEST_LEAF];
    out.write('[');
    for (int i = 0; i < leaves.size(); i++) {
      if (i > 0) {
        out.write(',');
      }
      if (leaves.get(i) instanceof ServedLeaf.InFull full) {
        out.write('"');
        out.write(text, 0, base64.encode(full.leaf(), text));
        out.write('"');
      } else if (leaves.get(i) instanceof ServedLeaf.HashOnly hash) {
        out.write(LEAF_HASH_OPEN);
        out.write(hash.leafHash().base64().getBytes(StandardCharsets.US_ASCII));
        out.write(LEAF_HASH_CLOSE);
      }
    }
    out.write(']');
  }

  @GET
  @Path("proof/inclusion")
  @Produces(MediaType.APPLICATION_JSON)
  public JsonObject inclusionProof(
      @QueryParam("index") String index, @QueryParam("treeSize") String treeSize) {
    return proof(
        log.inclusionProof(
                currentUser.subject(),
                number("index", index, null),
                number("treeSize", treeSize, null))
            .hashes());
  }

  @GET
  @Path("proof/consistency")
  @Produces(MediaType.APPLICATION_JSON)
  public JsonObject consistencyProof(
      @QueryParam("first") String first, @QueryParam("second") String second) {
    return proof(
        log.consistencyProof(
                currentUser.subject(), number("first", first, null), number("second", second, null))
            .hashes());
  }

  @GET
  @Path("entries")
  @Produces(MediaType.APPLICATION_JSON)
  public JsonObject entries(@BeanParam AuditFilterParams by, @QueryParam("page") String page) {
    AuditEntryFilter filter = by.filter();
    long pageNumber = number("page", page, 1L);
    if (pageNumber > Integer.MAX_VALUE) {
      throw ProblemException.badRequest("page", "page is too large");
    }
    return AuditJson.page(log.entries(currentUser.subject(), filter, (int) pageNumber));
  }

  /**
   * The entries the filters find, as a CSV file with the checkpoint it was cut from and each row's
   * inclusion proof (ADR 0012), streamed; at most {@value AuditExport#MAX_ROWS} rows.
   */
  @GET
  @Path("export")
  @Produces(AuditExport.MEDIA_TYPE)
  public Response export(@BeanParam AuditFilterParams by) {
    AuditExport export = log.export(currentUser.subject(), by.filter());
    StreamingOutput body =
        output -> {
          OutputStream out = new BufferedOutputStream(output, 1 << 16);
          export.writeTo(out);
          out.flush();
        };
    return Response.ok(body, AuditExport.MEDIA_TYPE)
        .header("Content-Disposition", "attachment; filename=\"" + export.fileName() + "\"")
        .header("Cache-Control", "no-store")
        .build();
  }

  private static JsonObject proof(List<MerkleHash> hashes) {
    JsonArrayBuilder list = Jsons.array();
    hashes.forEach(h -> list.add(h.base64()));
    return Jsons.object().add("hashes", list).build();
  }

  private static long number(String name, String value, Long fallback) {
    if (value == null || value.isBlank()) {
      if (fallback != null) {
        return fallback;
      }
      throw ProblemException.badRequest(name, name + " is required");
    }
    try {
      return Long.parseLong(value.strip());
    } catch (NumberFormatException e) {
      throw ProblemException.badRequest(name, name + " is a whole number");
    }
  }

  private static Optional<String> text(String value) {
    return AuditFilterParams.text(value);
  }
}
