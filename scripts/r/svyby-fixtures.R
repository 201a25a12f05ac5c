# Extracts the svyby test datasets from the synthetic sample (data/sample/survey.csv), deterministically:
# wave 2026, six whole provinces (strata) with all their sampled regencies (PSUs), rows in file order,
# every value copied as text (weights keep their 4 decimals; a blank dest_1 stays blank).
#
#   Rscript scripts/r/svyby-fixtures.R      (run from the repository root)
#
# Writes packages/cli/test/fixtures/svyby/
#   stratified.csv  resp_id,province,regency,weight,sex,education,dest   (dest = dest_1)
#   unweighted.csv  resp_id,sex,education,dest                           (no design columns, no weights)
#
# Provinces (BPS code: PSUs, rows): 12 Sumatera Utara 5/317, 18 Lampung 9/1189, 51 Bali 4/218,
# 52 Nusa Tenggara Barat 6/941, 75 Gorontalo 2/20, 82 Maluku Utara 2/19. Every stratum has >= 2 PSUs,
# so options(survey.lonely.psu = "fail") never triggers on the full design; Gorontalo and Maluku Utara
# are the tiny two-PSU strata.

provinces <- c("12", "18", "51", "52", "75", "82")
out_dir <- file.path("packages", "cli", "test", "fixtures", "svyby")

src <- read.csv(
  file.path("data", "sample", "survey.csv"),
  colClasses = "character", na.strings = character(0), check.names = FALSE
)
d <- src[src$wave == "2026" & src$province %in% provinces, ]
d$dest <- d$dest_1

psus <- tapply(d$regency, d$province, function(x) length(unique(x)))
if (any(psus < 2)) stop("a stratum has fewer than 2 PSUs: ", paste(names(psus)[psus < 2], collapse = ", "))

write_fixture <- function(cols, name) {
  con <- file(file.path(out_dir, name), open = "wb")
  on.exit(close(con))
  lines <- c(paste(cols, collapse = ","), do.call(paste, c(unname(as.list(d[cols])), sep = ",")))
  writeLines(lines, con, sep = "\n", useBytes = TRUE)
}

dir.create(out_dir, recursive = TRUE, showWarnings = FALSE)
write_fixture(c("resp_id", "province", "regency", "weight", "sex", "education", "dest"), "stratified.csv")
write_fixture(c("resp_id", "sex", "education", "dest"), "unweighted.csv")
cat(sprintf("%d rows, %d strata, %d PSUs -> %s\n", nrow(d), length(psus), sum(psus), out_dir))
