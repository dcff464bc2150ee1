#include "common/ParallelBatch.h"

#include <QSemaphore>
#include <QSet>
#include <QTest>
#include <QThread>

#include <atomic>
#include <mutex>

// Work spread over a thread pool comes back complete and in the inputs' order.

using Core::Common::ParallelBatch;

class ParallelBatchTest : public QObject {
    Q_OBJECT

private slots:
    void resultsKeepTheInputsOrder_data()
    {
        QTest::addColumn<int>("count");
        QTest::addColumn<int>("threads");
        QTest::newRow("none") << 0 << 2;
        QTest::newRow("one") << 1 << 2;
        QTest::newRow("fewer than threads") << 3 << 8;
        QTest::newRow("many on two") << 5000 << 2;
        QTest::newRow("many on one") << 500 << 1;
    }

    void resultsKeepTheInputsOrder()
    {
        QFETCH(int, count);
        QFETCH(int, threads);
        QThreadPool pool;
        pool.setMaxThreadCount(threads);
        QList<int> inputs;
        for (int i = 0; i < count; ++i)
            inputs.append(i);
        std::mutex mutex;
        QSet<Qt::HANDLE> workers;
        ParallelBatch<QString> batch(pool, inputs, [&](int value) {
            {
                const std::lock_guard lock(mutex);
                workers.insert(QThread::currentThreadId());
            }
            return QString::number(value * 3);
        });
        const QList<QString> results = batch.take();
        QCOMPARE(results.size(), count);
        for (int i = 0; i < count; ++i)
            QCOMPARE(results.at(i), QString::number(i * 3));
        // The pool's threads and the one that waits in take().
        QVERIFY(workers.size() <= threads + 1);
    }

    // A pool busy with earlier work does not hold up a batch someone waits for: the
    // waiting thread does it itself, and the isFinished() it can poll says when all is done.
    void theWaitingThreadWorksWhenThePoolIsBusy()
    {
        QThreadPool pool;
        pool.setMaxThreadCount(1);
        QSemaphore release;
        pool.start([&] { release.acquire(); });
        std::mutex mutex;
        QSet<Qt::HANDLE> workers;
        ParallelBatch<int> batch(pool, QList<int> { 1, 2, 3 }, [&](int value) {
            const std::lock_guard lock(mutex);
            workers.insert(QThread::currentThreadId());
            return value * 2;
        });
        QVERIFY(!batch.isFinished());
        QCOMPARE(batch.take(), (QList<int> { 2, 4, 6 }));
        QCOMPARE(workers, QSet<Qt::HANDLE> { QThread::currentThreadId() });
        release.release();
        pool.waitForDone();
    }

    void isFinishedOnceEveryInputIsDone()
    {
        QThreadPool pool;
        pool.setMaxThreadCount(2);
        ParallelBatch<int> batch(pool, QList<int> { 1, 2, 3, 4 }, [](int value) { return value; });
        QTRY_VERIFY(batch.isFinished());
        QCOMPARE(batch.take(), (QList<int> { 1, 2, 3, 4 }));
    }

    // Uneven work still keeps every thread busy: the slow inputs do not hold the rest.
    void allThreadsShareTheWork()
    {
        QThreadPool pool;
        pool.setMaxThreadCount(2);
        std::mutex mutex;
        QSet<Qt::HANDLE> workers;
        QList<int> inputs;
        for (int i = 0; i < 200; ++i)
            inputs.append(i);
        ParallelBatch<int> batch(pool, inputs, [&](int value) {
            {
                const std::lock_guard lock(mutex);
                workers.insert(QThread::currentThreadId());
            }
            if (value == 0)
                QThread::msleep(200); // the other thread takes the rest meanwhile
            return value;
        });
        QCOMPARE(batch.take().size(), 200);
        QVERIFY(workers.size() >= 2);
    }

    // A batch dropped without take() waits for the inputs already begun, before what they
    // read goes, and leaves the rest undone.
    void destructionWaitsForBegunInputsOnly()
    {
        QThreadPool pool;
        pool.setMaxThreadCount(1);
        QSemaphore begun;
        std::atomic<int> done { 0 };
        {
            ParallelBatch<int> batch(pool, QList<int> { 1, 2, 3, 4 }, [&](int value) {
                begun.release();
                QThread::msleep(50);
                ++done;
                return value;
            });
            begun.acquire();
        }
        QCOMPARE(done.load(), 1);
        pool.waitForDone();
        QCOMPARE(done.load(), 1);
    }
};

QTEST_GUILESS_MAIN(ParallelBatchTest)
#include "ParallelBatchTest.moc"
