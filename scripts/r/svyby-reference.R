# Reference results of R `survey` for `minat estimate`: domain proportions with svyciprop intervals, per
# group, for every destination, three designs, three `by` settings and six interval methods.
#
#   Rscript scripts/r/svyby-fixtures.R     # the datasets (already committed)
#   Rscript scripts/r/svyby-reference.R    # -> packages/cli/test/fixtures/svyby/reference.json
#
# Run from the repository root. R is never needed by the tests: they read the committed JSON.
#
# For design D in {stratified, weighted-srs, unweighted}, by in {sex, education, sex+education},
# destination k (every code that occurs in `dest`; blank = missing) and method M:
#   svyby(~I(dest == k), ~by, subset(D, !is.na(dest)), svyciprop, method = M, vartype = c("se", "ci"))
# with options(survey.lonely.psu = "fail"). Each row also carries the domain df and n as R uses them:
#   df = degf(subset design of the group), n = nrow(subset design of the group) (unweighted domain n).
#
# Which df does svyciprop use inside svyby? svyby.default calls FUN(formula, design[byfactor %in% level, ],
# deff = deff, ...) and svyciprop's default argument is df = degf(design), evaluated lazily on that subset:
# so every group gets its own domain df (PSUs minus strata among the group's rows), not degf of the whole
# design. The script checks this numerically (check_domain_df below): the xlogit interval rebuilt by hand
# with the domain df matches svyby to 1e-12 in every non-boundary cell, and the full-design df does not
# (stratified: domain df 16-22 against 22; SRS designs: n_group - 1 against n - 1). Exception, from the
# source: method "beta" always uses degf(design) of the subset and nrow(design) - 1 (it ignores `df`),
# which in svyby is the same domain df. The CI columns of svyby are read as returned (ci_l, ci_u): they
# come from confint.svyciprop, i.e. the svyciprop interval. (confint() on the svyby object would instead
# rebuild a normal-quantile Wald interval, so it is not used.)
#
# Boundary cells (the destination is absent from the group, or everyone in the group chose it, or the
# variance is 0): R's output is recorded as it is (logit: estimate ~1e-12 and an interval around it after
# glm non-convergence; beta/xlogit/asin: NaN; mean: [0, 0]; likelihood: error), with boundary = true so
# the test skips comparing intervals there (see /work/shared/methods.md section 3 decisions).
# NaN and NA are written as null. An error inside svyciprop is caught per group (the other groups of the
# svyby call are kept): its values are null and the row has "error" with R's message. R warnings are
# kept in "warning" (e.g. "glm.fit: algorithm did not converge").

suppressMessages(library(survey))
options(survey.lonely.psu = "fail")

fixtures <- file.path("packages", "cli", "test", "fixtures", "svyby")
out_file <- file.path(fixtures, "reference.json")
methods <- c("logit", "likelihood", "asin", "beta", "mean", "xlogit")
bys <- list("sex", "education", c("sex", "education"))
level <- 0.95

read_fixture <- function(name) {
  read.csv(file.path(fixtures, name), colClasses = "character", na.strings = "", check.names = FALSE)
}
d <- read_fixture("stratified.csv")
d$weight <- as.numeric(d$weight)
u <- read_fixture("unweighted.csv")
stopifnot(identical(u$resp_id, d$resp_id), identical(u$dest, d$dest), identical(u$education, d$education))
destinations <- sort(unique(d$dest[!is.na(d$dest)]))

design_warnings <- character(0)
designs <- list(
  list(
    name = "stratified", data = "stratified.csv",
    call = "svydesign(ids = ~regency, strata = ~province, weights = ~weight, data = d, nest = TRUE)",
    design = svydesign(ids = ~regency, strata = ~province, weights = ~weight, data = d, nest = TRUE)
  ),
  list(
    name = "weighted-srs", data = "stratified.csv",
    call = "svydesign(ids = ~1, weights = ~weight, data = d)",
    design = svydesign(ids = ~1, weights = ~weight, data = d)
  ),
  list(
    name = "unweighted", data = "unweighted.csv",
    call = "svydesign(ids = ~1, data = u)",
    # R warns "No weights or probabilities supplied, assuming equal probability" (expected)
    design = withCallingHandlers(svydesign(ids = ~1, data = u), warning = function(w) {
      design_warnings <<- c(design_warnings, conditionMessage(w))
      invokeRestart("muffleWarning")
    })
  )
)

# svyciprop that never stops svyby: errors and warnings are recorded per group label.
conditions <- new.env()
make_safe_ciprop <- function(by) {
  function(formula, design, ...) {
    key <- paste(vapply(by, function(b) unique(design$variables[[b]]), ""), collapse = ".")
    warn <- character(0)
    res <- tryCatch(
      withCallingHandlers(svyciprop(formula, design, ...), warning = function(w) {
        warn <<- c(warn, conditionMessage(w))
        invokeRestart("muffleWarning")
      }),
      error = function(e) {
        assign(paste0("error:", key), conditionMessage(e), envir = conditions)
        structure(NA_real_, var = matrix(NA_real_, 1, 1), ci = c(NA_real_, NA_real_), class = "svyciprop")
      }
    )
    if (length(warn) > 0) assign(paste0("warning:", key), paste(unique(warn), collapse = "; "), envir = conditions)
    res
  }
}

check_domain_df <- function(rows, full_df, case_label) {
  ok <- !vapply(rows, `[[`, TRUE, "boundary")
  got <- t(vapply(rows[ok], function(r) c(r$ci_low, r$ci_high), c(0, 0)))
  rebuild <- function(df_of) {
    t(vapply(rows[ok], function(r) {
      p <- r$estimate
      h <- qt(1 - (1 - level) / 2, df_of(r)) * r$se / (p * (1 - p))
      plogis(qlogis(p) + c(-h, h))
    }, c(0, 0)))
  }
  with_domain <- max(abs(got - rebuild(function(r) r$df)))
  with_full <- max(abs(got - rebuild(function(r) full_df)))
  if (!(with_domain < 1e-12)) stop(case_label, ": xlogit CI differs from the domain-df rebuild by ", with_domain)
  c(domain = with_domain, full = with_full)
}

cases <- list()
checks <- list()
for (ds in designs) {
  dn <- subset(ds$design, !is.na(dest))
  for (by in bys) {
    byfactor <- do.call("interaction", dn$variables[by])
    levels_present <- sort(unique(byfactor))
    domain <- lapply(setNames(as.character(levels_present), levels_present), function(lv) {
      sub <- dn[byfactor %in% lv, ]
      list(df = degf(sub), n = nrow(sub), dest = sub$variables$dest)
    })
    for (method in methods) {
      rows <- list()
      for (k in destinations) {
        rm(list = ls(conditions), envir = conditions)
        formula <- eval(bquote(~ I(dest == .(k))))
        r <- svyby(formula, reformulate(by), dn, make_safe_ciprop(by), method = method, vartype = c("se", "ci"))
        stopifnot(ncol(r) == length(by) + 4, identical(colnames(r)[length(by) + 3:4], c("ci_l", "ci_u")))
        for (i in seq_len(nrow(r))) {
          group <- lapply(setNames(by, by), function(b) as.character(r[[b]][i]))
          key <- paste(unlist(group), collapse = ".")
          dom <- domain[[key]]
          x <- sum(dom$dest == k)
          se <- r[[length(by) + 2]][i]
          row <- list(
            group = group, destination = k,
            estimate = r[[length(by) + 1]][i], se = se,
            ci_low = r[["ci_l"]][i], ci_high = r[["ci_u"]][i],
            df = dom$df, n = dom$n,
            boundary = x == 0 || x == dom$n || isTRUE(se == 0)
          )
          err <- get0(paste0("error:", key), envir = conditions)
          if (!is.null(err)) row$error <- err
          wrn <- get0(paste0("warning:", key), envir = conditions)
          if (!is.null(wrn)) row$warning <- wrn
          rows[[length(rows) + 1]] <- row
        }
      }
      label <- paste(ds$name, paste(by, collapse = "+"), method)
      if (method == "xlogit") checks[[label]] <- check_domain_df(rows, degf(dn), label)
      cases[[length(cases) + 1]] <- list(design = ds$name, by = by, method = method, rows = rows)
      message(sprintf("%-40s %4d rows", label, length(rows)))
    }
  }
}

# ---- JSON: numbers in the shortest form of 15-17 significant digits that reads back to the same double.
num <- function(x) {
  if (is.null(x) || is.na(x)) return("null")
  if (is.infinite(x)) stop("infinite value")
  for (digits in 15:17) {
    s <- sprintf("%.*g", digits, x)
    if (as.numeric(s) == x) return(s)
  }
  s
}
str <- function(s) as.character(jsonlite::toJSON(s, auto_unbox = TRUE))
keys <- function(v) vapply(v, str, "", USE.NAMES = FALSE)
obj <- function(fields) paste0("{", paste0(keys(names(fields)), ":", fields, collapse = ","), "}")
row_json <- function(r) {
  fields <- c(
    group = obj(vapply(r$group, str, "")), destination = str(r$destination),
    estimate = num(r$estimate), se = num(r$se), ci_low = num(r$ci_low), ci_high = num(r$ci_high),
    df = num(r$df), n = num(r$n), boundary = tolower(as.character(r$boundary))
  )
  if (!is.null(r$error)) fields <- c(fields, error = str(r$error))
  if (!is.null(r$warning)) fields <- c(fields, warning = str(r$warning))
  obj(fields)
}
case_json <- function(cs) {
  paste0(
    "    {", str("design"), ":", str(cs$design), ",", str("by"), ":", as.character(jsonlite::toJSON(cs$by)),
    ",", str("method"), ":", str(cs$method), ",", str("rows"), ":[\n",
    paste0("      ", vapply(cs$rows, row_json, ""), collapse = ",\n"), "\n    ]}"
  )
}
design_json <- paste0(
  "  ", str("designs"), ":{\n",
  paste0("    ", vapply(designs, function(ds) paste0(str(ds$name), ":", obj(c(data = str(ds$data), call = str(ds$call)))), ""), collapse = ",\n"),
  "\n  }"
)
header <- c(
  r_version = str(paste(R.version$major, R.version$minor, sep = ".")),
  survey_version = str(as.character(packageVersion("survey"))),
  generated_by = str("scripts/r/svyby-reference.R"),
  level = num(level), lonely_psu = str(getOption("survey.lonely.psu")),
  destinations = as.character(jsonlite::toJSON(destinations))
)
json <- paste0(
  "{\n", paste0("  ", keys(names(header)), ":", header, ",\n", collapse = ""), design_json, ",\n",
  "  ", str("cases"), ":[\n", paste(vapply(cases, case_json, ""), collapse = ",\n"), "\n  ]\n}\n"
)
con <- file(out_file, open = "wb")
writeLines(json, con, sep = "")
close(con)

all_rows <- unlist(lapply(cases, `[[`, "rows"), recursive = FALSE)
message(sprintf(
  "%d cases, %d rows (%d boundary, %d with an error, %d with a warning) -> %s",
  length(cases), length(all_rows), sum(vapply(all_rows, `[[`, TRUE, "boundary")),
  sum(vapply(all_rows, function(r) !is.null(r$error), TRUE)),
  sum(vapply(all_rows, function(r) !is.null(r$warning), TRUE)), out_file
))
# The domain df must make a difference somewhere, or the check above proves nothing (by = sex in the
# stratified design has every PSU in both groups, so there the domain df equals the full df).
if (!any(vapply(checks, function(x) x[["full"]] > 1e-8, TRUE))) stop("the full-design df reproduced every CI")
if (length(design_warnings) > 0) message("design warnings: ", paste(unique(design_warnings), collapse = "; "))
message("domain-df check (max |CI - rebuild| with domain df / with full-design df):")
for (label in names(checks)) message(sprintf("  %-40s %.3g / %.3g", label, checks[[label]][1], checks[[label]][2]))
