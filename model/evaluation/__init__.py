"""Measuring the models: metrics (AER, intervals, rank correlation), accuracy against length and the
bottleneck curve, masked-word accuracy and head roles, and sequential-versus-parallel speed."""
